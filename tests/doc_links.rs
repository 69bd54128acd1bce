//! Every relative link in README.md and docs/*.md names a file or directory that
//! exists, relative to the file that links to it, and every doc in docs/ is linked
//! from the README. Web and mail links are not followed; a `#fragment` is stripped.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::path::{Path, PathBuf};

use support::root;

/// The link targets in a markdown text: inline links and images, `[text](target)`
/// and `![alt](target)`, and reference definitions, `[label]: target`. Fenced code
/// blocks and inline code are not markdown, so links written there are skipped.
fn link_targets(markdown: &str) -> Vec<String> {
    let mut targets = Vec::new();
    let mut in_fence = false;
    for line in markdown.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence {
            continue;
        }
        let line = without_code_spans(line);
        if let Some(target) = reference_definition(&line) {
            targets.push(target);
        }
        let mut rest = line.as_str();
        while let Some(start) = rest.find("](") {
            let after = &rest[start + 2..];
            let Some(end) = closing_paren(after) else {
                break;
            };
            targets.push(destination(&after[..end]));
            rest = &after[end + 1..];
        }
    }
    targets
}

/// `line` with every `code span` removed.
fn without_code_spans(line: &str) -> String {
    let mut kept = String::new();
    for (i, piece) in line.split('`').enumerate() {
        if i % 2 == 0 {
            kept.push_str(piece);
        }
    }
    kept
}

/// The target of a reference definition, `[label]: target`, if `line` is one.
fn reference_definition(line: &str) -> Option<String> {
    let rest = line.trim_start().strip_prefix('[')?;
    let (_, after) = rest.split_once("]:")?;
    let target = after.trim();
    (!target.is_empty()).then(|| destination(target))
}

/// Where the `)` that closes a link's parenthesis is, allowing balanced parentheses
/// inside the target.
fn closing_paren(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => return Some(i),
            ')' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// A link's destination without its optional title (`target "title"`) or angle
/// brackets (`<target>`).
fn destination(inside: &str) -> String {
    let inside = inside.trim();
    if let Some(bracketed) = inside.strip_prefix('<') {
        return bracketed.split('>').next().unwrap_or("").to_string();
    }
    inside.split_whitespace().next().unwrap_or("").to_string()
}

/// The path a target names in the repository, or `None` for a link this test does
/// not follow (the web, mail, or a place in the same file).
fn local_path(target: &str) -> Option<String> {
    let lower = target.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") || lower.starts_with("mailto:")
    {
        return None;
    }
    let path = target.split('#').next().unwrap_or("");
    (!path.is_empty()).then(|| path.replace("%20", " "))
}

/// Every link in `markdown`, written in the file `linking`, whose target does not
/// exist, as `file: target`.
fn broken_links(linking: &Path, markdown: &str) -> Vec<String> {
    let dir = linking.parent().unwrap_or(Path::new(""));
    link_targets(markdown)
        .into_iter()
        .filter(|target| local_path(target).is_some_and(|path| !dir.join(path).exists()))
        .map(|target| {
            let shown = linking.strip_prefix(root()).unwrap_or(linking);
            format!("{}: {target}", shown.display())
        })
        .collect()
}

/// README.md and every markdown file in docs/.
fn documents() -> Vec<PathBuf> {
    let mut files = vec![root().join("README.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root().join("docs"))
        .expect("docs/ is readable")
        .map(|entry| entry.expect("a docs/ entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    docs.sort();
    files.extend(docs);
    files
}

#[test]
fn every_relative_link_in_the_readme_and_docs_resolves() {
    let mut broken = Vec::new();
    let mut followed = 0;
    for file in documents() {
        let text = std::fs::read_to_string(&file).expect("a document is readable");
        followed += link_targets(&text)
            .iter()
            .filter(|target| local_path(target).is_some())
            .count();
        broken.extend(broken_links(&file, &text));
    }
    // The README alone links to every doc and two screenshots.
    assert!(followed >= 10, "only {followed} relative links were found");
    assert!(
        broken.is_empty(),
        "links to nothing:\n{}",
        broken.join("\n")
    );
}

#[test]
fn every_doc_is_linked_from_the_readme() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README.md");
    let linked: Vec<String> = link_targets(&readme)
        .iter()
        .filter_map(|target| local_path(target))
        .collect();
    let unlinked: Vec<String> = documents()
        .iter()
        .skip(1)
        .map(|doc| format!("docs/{}", doc.file_name().unwrap().to_string_lossy()))
        .filter(|doc| !linked.contains(doc))
        .collect();
    assert!(
        unlinked.is_empty(),
        "not linked from README.md: {unlinked:?}"
    );
}

#[test]
fn a_link_to_a_missing_file_is_reported_and_others_are_not() {
    let readme = root().join("README.md");
    let text = "\
See [the docs](docs/) and [a screenshot](docs/screenshots/phone-390.png \"Phone\").
A [missing doc](docs/no-such-file.md) and a [missing place in one](docs/gone.md#part).
![A missing image](docs/screenshots/none.png)
[ref]: docs/also-missing.md
Not followed: [web](https://example.org/x), [mail](mailto:a@example.org), [here](#top),
`[in code](docs/code-span.md)`.
```
[in a fence](docs/fenced.md)
```
";
    let broken = broken_links(&readme, text);
    let targets: Vec<&str> = broken
        .iter()
        .map(|line| line.rsplit(": ").next().unwrap())
        .collect();
    assert_eq!(
        targets,
        [
            "docs/no-such-file.md",
            "docs/gone.md#part",
            "docs/screenshots/none.png",
            "docs/also-missing.md",
        ]
    );
}

#[test]
fn a_link_resolves_relative_to_the_file_that_makes_it() {
    let doc = root().join("docs").join("architecture.md");
    assert!(broken_links(&doc, "[the README](../README.md)").is_empty());
    assert_eq!(broken_links(&doc, "[not here](README.md)").len(), 1);
}
