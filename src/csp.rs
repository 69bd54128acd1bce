//! The page's inline `<script>` and `<style>` and the Content-Security-Policy that
//! allows them by hash.
//!
//! Trunk writes `public/prefs.js` and `style/main.css` into the page's head
//! (`index.html`: `rel="inline"`), so that the first paint waits for no request after
//! the HTML itself. A strict policy runs inline code only if it names the code's
//! SHA-256 hash, so the policy `deploy/nginx.conf` sends must name exactly the hashes
//! of what the build wrote. The build checks that (src/bin/prerender.rs): an edited
//! stylesheet or script stops the build with the line to change, instead of a page
//! whose styles the browser blocks.

use base64::Engine;
use scraper::{Html, Selector};
use sha2::{Digest, Sha256};
use thiserror::Error;

/// What an inline block is, and so which directive of the policy allows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InlineKind {
    Script,
    Style,
}

impl InlineKind {
    /// The policy's directive for this kind.
    pub fn directive(self) -> &'static str {
        match self {
            InlineKind::Script => "script-src",
            InlineKind::Style => "style-src",
        }
    }

    fn element(self) -> &'static str {
        match self {
            InlineKind::Script => "<script>",
            InlineKind::Style => "<style>",
        }
    }
}

/// One inline script or stylesheet of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InlineBlock {
    pub kind: InlineKind,
    /// The policy's source expression for it: `'sha256-…'`.
    pub hash: String,
    /// Its first line, to name it in messages.
    pub begins: String,
}

/// The source expression that allows inline code `text`: `'sha256-<base64>'` of its
/// UTF-8 bytes, as CSP Level 2 and later define it.
pub fn hash_source(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// What `trunk serve` (and only it) adds to the body: its live-reload script. The dev
/// server sends no policy, so that script needs no hash.
const TRUNK_RELOAD_MARK: &str = ".well-known/trunk/ws";

/// Whether a `<script type=…>` is one the policy governs: classic and module scripts,
/// import maps and speculation rules. Data blocks (JSON) never run.
fn runs(script_type: Option<&str>) -> bool {
    let Some(kind) = script_type.map(|t| t.trim().to_ascii_lowercase()) else {
        return true;
    };
    kind.is_empty()
        || ["module", "importmap", "speculationrules"].contains(&kind.as_str())
        || kind.contains("javascript")
        || kind.contains("ecmascript")
}

/// Every inline script and stylesheet of `html`, in page order. Scripts with a `src`
/// are files (`'self'` allows them), and scripts of a data type (JSON) never run, so
/// neither needs a hash; nor does `trunk serve`'s live-reload script.
pub fn inline_blocks(html: &str) -> Vec<InlineBlock> {
    let page = Html::parse_document(html);
    let selector = Selector::parse("script:not([src]), style").expect("a valid selector");
    page.select(&selector)
        .filter_map(|element| {
            let kind = if element.value().name() == "style" {
                InlineKind::Style
            } else {
                if !runs(element.value().attr("type")) {
                    return None;
                }
                InlineKind::Script
            };
            let text: String = element.text().collect();
            if text.contains(TRUNK_RELOAD_MARK) {
                return None;
            }
            let begins = text
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty())
                .unwrap_or("")
                .chars()
                .take(60)
                .collect();
            Some(InlineBlock {
                kind,
                hash: hash_source(&text),
                begins,
            })
        })
        .collect()
}

/// Why a policy does not fit the page's inline code.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CspError {
    #[error("no `add_header Content-Security-Policy \"…\"` line")]
    NoPolicy,
    #[error(
        "more than one `add_header Content-Security-Policy` line: the check reads one, so keep one"
    )]
    ManyPolicies,
    #[error("the Content-Security-Policy has `{0}`, which overrides the directive the check reads: allow the page's inline code in `script-src` and `style-src` only")]
    ElementDirective(&'static str),
    #[error("the Content-Security-Policy has no `{0}` directive")]
    NoDirective(&'static str),
    #[error(
        "`{directive}` does not allow the page's inline {element} that begins \"{begins}\": add {hash} to it"
    )]
    NotAllowed {
        directive: &'static str,
        element: &'static str,
        begins: String,
        hash: String,
    },
    #[error(
        "`{directive}` allows {hash}, which is no inline {element} of the page any more: remove it"
    )]
    Stale {
        directive: &'static str,
        element: &'static str,
        hash: String,
    },
}

/// Where the repository keeps the nginx configuration whose policy the build checks.
pub const NGINX_CONF: &str = "deploy/nginx.conf";

/// The policy of `NGINX_CONF` under the repository's `root`, or a message naming the
/// file and what is wrong with it.
pub fn deployed_policy(root: &std::path::Path) -> Result<String, String> {
    let path = root.join(NGINX_CONF);
    let conf = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    nginx_policy(&conf)
        .map(str::to_string)
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// The policy of an nginx configuration: the quoted value of its
/// `add_header Content-Security-Policy "…"` line.
pub fn nginx_policy(conf: &str) -> Result<&str, CspError> {
    const DIRECTIVE: &str = "add_header content-security-policy";
    let found: Vec<&str> = conf
        .lines()
        .map(|l| l.split_once('#').map_or(l, |(code, _)| code))
        .filter_map(|l| {
            let at = l.to_ascii_lowercase().find(DIRECTIVE)?;
            Some(&l[at + DIRECTIVE.len()..])
        })
        .collect();
    match found.as_slice() {
        [] => Err(CspError::NoPolicy),
        [rest] => rest
            .split_once('"')
            .and_then(|(_, quoted)| quoted.split_once('"'))
            .map(|(policy, _)| policy)
            .ok_or(CspError::NoPolicy),
        _ => Err(CspError::ManyPolicies),
    }
}

/// The source expressions of `directive` in `policy`, if it has that directive.
fn sources<'a>(policy: &'a str, directive: &str) -> Option<Vec<&'a str>> {
    policy.split(';').find_map(|d| {
        let mut words = d.split_whitespace();
        (words.next() == Some(directive)).then(|| words.collect())
    })
}

/// What is wrong with `policy` for a page whose inline code is `blocks`: every block's
/// hash must be in its directive, and every hash there must be a block's (a hash left
/// over from an earlier stylesheet would allow code the page no longer has). Empty
/// when it fits.
pub fn check(policy: &str, blocks: &[InlineBlock]) -> Vec<CspError> {
    let mut errors = Vec::new();
    for directive in ["script-src-elem", "style-src-elem"] {
        if sources(policy, directive).is_some() {
            errors.push(CspError::ElementDirective(directive));
        }
    }
    for kind in [InlineKind::Script, InlineKind::Style] {
        let directive = kind.directive();
        let Some(allowed) = sources(policy, directive) else {
            errors.push(CspError::NoDirective(directive));
            continue;
        };
        // Pages that share a head repeat its blocks: each is named once.
        let mut mine: Vec<&InlineBlock> = Vec::new();
        for block in blocks.iter().filter(|b| b.kind == kind) {
            if !mine.iter().any(|b| b.hash == block.hash) {
                mine.push(block);
            }
        }
        for block in &mine {
            if !allowed.contains(&block.hash.as_str()) {
                errors.push(CspError::NotAllowed {
                    directive,
                    element: kind.element(),
                    begins: block.begins.clone(),
                    hash: block.hash.clone(),
                });
            }
        }
        for hash in allowed.iter().filter(|s| s.starts_with("'sha")) {
            if !mine.iter().any(|b| b.hash == *hash) {
                errors.push(CspError::Stale {
                    directive,
                    element: kind.element(),
                    hash: hash.to_string(),
                });
            }
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The example of the CSP specification (Level 2, "hash-source").
    #[test]
    fn hashes_inline_code_as_the_specification_does() {
        assert_eq!(
            hash_source("alert('Hello, world.');"),
            "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"
        );
    }

    const PAGE: &str = "<!DOCTYPE html><html><head>\
        <script>\n// Applies the reader's settings\nvar a = 1;</script>\
        <style>/* The styles */ p { color: red }</style>\
        <script type=\"module\" src=\"./boot.js\"></script>\
        <script type=\"application/json\">{\"not\": \"run\"}</script>\
        </head><body><p>text</p></body></html>";

    #[test]
    fn finds_the_inline_scripts_and_styles_that_run() {
        let blocks = inline_blocks(PAGE);
        assert_eq!(blocks.len(), 2, "{blocks:?}");
        assert_eq!(blocks[0].kind, InlineKind::Script);
        assert_eq!(
            blocks[0].hash,
            hash_source("\n// Applies the reader's settings\nvar a = 1;")
        );
        assert_eq!(blocks[0].begins, "// Applies the reader's settings");
        assert_eq!(blocks[1].kind, InlineKind::Style);
        assert_eq!(
            blocks[1].hash,
            hash_source("/* The styles */ p { color: red }")
        );
    }

    fn policy_for(page: &str) -> String {
        let blocks = inline_blocks(page);
        format!(
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self' {}; frame-ancestors 'self'",
            blocks[0].hash, blocks[1].hash
        )
    }

    #[test]
    fn skips_data_blocks_and_the_dev_servers_reload_script_but_not_import_maps() {
        let page = "<html><head>\
            <script type=\"application/ld+json\">{}</script>\
            <script type=\"IMPORTMAP\">{\"imports\": {}}</script>\
            </head><body><script>const url = base + '.well-known/trunk/ws';</script></body></html>";
        let blocks = inline_blocks(page);
        assert_eq!(blocks.len(), 1, "{blocks:?}");
        assert_eq!(blocks[0].hash, hash_source("{\"imports\": {}}"));
    }

    #[test]
    fn a_policy_with_exactly_the_pages_hashes_fits() {
        assert_eq!(check(&policy_for(PAGE), &inline_blocks(PAGE)), vec![]);
    }

    #[test]
    fn an_edited_stylesheet_is_named_with_its_new_hash_and_the_old_one_is_stale() {
        let edited = PAGE.replace("color: red", "color: blue");
        let errors = check(&policy_for(PAGE), &inline_blocks(&edited));
        let new_hash = hash_source("/* The styles */ p { color: blue }");
        let old_hash = hash_source("/* The styles */ p { color: red }");
        assert_eq!(
            errors,
            vec![
                CspError::NotAllowed {
                    directive: "style-src",
                    element: "<style>",
                    begins: "/* The styles */ p { color: blue }".into(),
                    hash: new_hash.clone(),
                },
                CspError::Stale {
                    directive: "style-src",
                    element: "<style>",
                    hash: old_hash,
                },
            ]
        );
        assert!(errors[0].to_string().contains(&format!("add {new_hash}")));
    }

    #[test]
    fn a_block_repeated_on_pages_that_share_a_head_is_named_once() {
        let edited = PAGE.replace("color: red", "color: blue");
        let twice = [inline_blocks(&edited), inline_blocks(&edited)].concat();
        assert_eq!(
            check(&policy_for(PAGE), &twice).len(),
            2,
            "one missing, one stale"
        );
    }

    #[test]
    fn a_policy_without_the_directive_says_so() {
        let errors = check("default-src 'self'", &inline_blocks(PAGE));
        assert_eq!(
            errors,
            vec![
                CspError::NoDirective("script-src"),
                CspError::NoDirective("style-src")
            ]
        );
    }

    #[test]
    fn reads_the_policy_of_an_nginx_configuration() {
        let conf = "server {\n    # add_header Content-Security-Policy \"commented out\";\n    \
            add_header Content-Security-Policy \"default-src 'self'; frame-ancestors $x\" always;\n}\n";
        assert_eq!(
            nginx_policy(conf),
            Ok("default-src 'self'; frame-ancestors $x")
        );
        assert_eq!(nginx_policy("server {}"), Err(CspError::NoPolicy));
        let two = "add_header Content-Security-Policy \"default-src 'self'\";\n\
            location /embed/ { add_header Content-Security-Policy \"default-src 'none'\"; }";
        assert_eq!(nginx_policy(two), Err(CspError::ManyPolicies));
    }

    #[test]
    fn a_policy_that_overrides_the_checked_directives_per_element_is_refused() {
        let policy = format!("{}; style-src-elem 'self'", policy_for(PAGE));
        assert_eq!(
            check(&policy, &inline_blocks(PAGE)),
            vec![CspError::ElementDirective("style-src-elem")]
        );
    }

    /// The shipped configuration names the hashes of the shipped inline code. (The
    /// build checks the built page; this checks the sources, without a build.)
    #[test]
    fn the_deployed_policy_allows_the_inline_prefs_script_and_stylesheet() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let read = |p: &str| std::fs::read_to_string(root.join(p)).unwrap();
        let policy = &deployed_policy(root).unwrap();
        let page = format!(
            "<html><head><script>{}</script><style>{}</style></head></html>",
            read("public/prefs.js"),
            read("style/main.css")
        );
        assert_eq!(check(policy, &inline_blocks(&page)), vec![]);
        // And it stays strict: scripts and styles from this site or by hash only.
        for directive in ["script-src", "style-src"] {
            let allowed = sources(policy, directive).unwrap();
            for source in allowed {
                assert!(
                    ["'self'", "'wasm-unsafe-eval'"].contains(&source)
                        || source.starts_with("'sha256-"),
                    "{directive} allows {source}"
                );
            }
        }
    }
}
