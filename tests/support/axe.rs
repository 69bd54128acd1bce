//! axe-core, installed by the test command into `.tools/`, run on the current page.

use fantoccini::Client;

use super::files::root;
use super::page::js;

/// axe-core's script.
pub fn axe_source() -> String {
    let path = root().join(".tools/node_modules/axe-core/axe.min.js");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} — scripts/test installs axe-core", path.display()))
}

/// Runs axe (WCAG 2.1 A/AA and best practice) on the current page and returns its
/// violations, described.
pub async fn axe_violations(c: &Client, axe: &str) -> Vec<String> {
    js(c, &format!("{axe}\nreturn 0")).await;
    let result = c
        .execute_async(
            "const done = arguments[0]; \
             axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}}) \
                .then(r => done(r.violations.map(v => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`)))",
            vec![],
        )
        .await
        .expect("axe ran");
    result
        .as_array()
        .expect("a list")
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_string())
        .collect()
}
