//! The studio ships in the same dist/ as the reader, and the reader pays nothing for
//! it: the reader's page, its scripts and its wasm name none of the studio's files
//! and hold none of its code, and the studio's page loads only its own files.

#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::path::Path;

use support::dist;

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e} (build dist/ with trunk build)", dir.display()))
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
#[ignore = "needs the built dist/: run scripts/test"]
fn the_studio_is_a_page_of_its_own_in_dist() {
    let studio = dist().join("studio");
    let files = files_in(&studio);
    for wanted in ["index.html", "boot.js"] {
        assert!(files.contains(&wanted.to_string()), "{files:?}");
    }
    assert!(
        files
            .iter()
            .any(|f| f.starts_with("studio-") && f.ends_with("_bg.wasm")),
        "{files:?}"
    );
    let page = String::from_utf8(bytes(&studio.join("index.html"))).unwrap();
    // Everything it loads is next to it, or the site's icon.
    for attr in [
        "href=\"",
        "src=\"",
        "data-law-report-js=\"",
        "data-law-report-wasm=\"",
    ] {
        for part in page.split(attr).skip(1) {
            let target = part.split('"').next().unwrap();
            assert!(
                target.starts_with("./") || target == "../favicon.svg",
                "the studio's page loads {target}"
            );
        }
    }
}

#[test]
#[ignore = "needs the built dist/: run scripts/test"]
fn the_reader_loads_none_of_the_studio() {
    let root = dist();
    let reader: Vec<String> = files_in(&root)
        .into_iter()
        .filter(|f| f == "index.html" || f == "boot.js" || f.starts_with("law-report-"))
        .collect();
    assert!(reader.iter().any(|f| f.ends_with("_bg.wasm")), "{reader:?}");
    // Strings only the studio's code and page hold.
    let studio_only = [
        "studio/",
        "law-report-studio-work",
        "报告发布工作室",
        "DOMParser",
        "studio.css",
    ];
    for file in &reader {
        let content = bytes(&root.join(file));
        for needle in studio_only {
            assert!(
                !contains(&content, needle),
                "the reader's {file} holds `{needle}`"
            );
        }
    }
    // And the studio's do hold them (the check above could fail).
    let studio_wasm = files_in(&root.join("studio"))
        .into_iter()
        .find(|f| f.ends_with("_bg.wasm"))
        .unwrap();
    let content = bytes(&root.join("studio").join(studio_wasm));
    assert!(contains(&content, "law-report-studio-work"));
}
