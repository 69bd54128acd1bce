//! A report as it might grow, for the benchmark only (never shipped): the bundled report's
//! sections, figures, relations and charts repeated with suffixed ids, so that every id
//! stays unique and every reference resolves — it passes the app's checks — and a copy
//! of the built site whose page is written from it by the build's own prerenderer.

use std::path::Path;
use std::process::Command;

use law_report::load::LoadedReport;
use law_report::report::{Relation, Report, Section};

/// Where the report is in a built site (the catalog's only report).
pub const REPORT_FILE: &str = "data/huiyang-2023.json";

/// `report` with everything but its metadata and key figures `times` times over: copy
/// 1 is the report itself, copy k > 1 has `-r<k>` after every id it defines or names.
pub fn grown(report: &Report, times: usize) -> Report {
    let mut grown = report.clone();
    for k in 2..=times {
        let suffix = format!("-r{k}");
        let id = |id: &str| format!("{id}{suffix}");
        grown
            .sections
            .extend(report.sections.iter().map(|s| renamed_section(s, &suffix)));
        grown.figures.extend(report.figures.iter().map(|f| {
            let mut f = f.clone();
            f.id = id(&f.id);
            f.paragraph = id(&f.paragraph);
            f
        }));
        grown.relations.extend(
            report
                .relations
                .iter()
                .map(|r| renamed_relation(r, &suffix)),
        );
        grown.charts.extend(report.charts.iter().map(|c| {
            let mut c = c.clone();
            c.id = id(&c.id);
            c.section = id(&c.section);
            c.figures = c.figures.iter().map(|f| id(f)).collect();
            c
        }));
    }
    grown
}

fn renamed_section(section: &Section, suffix: &str) -> Section {
    let mut section = section.clone();
    section.id.push_str(suffix);
    for paragraph in &mut section.paragraphs {
        paragraph.id.push_str(suffix);
    }
    section.subsections = section
        .subsections
        .iter()
        .map(|s| renamed_section(s, suffix))
        .collect();
    section
}

fn renamed_relation(relation: &Relation, suffix: &str) -> Relation {
    let id = |id: &String| format!("{id}{suffix}");
    let ids = |ids: &Vec<String>| ids.iter().map(id).collect();
    match relation.clone() {
        Relation::Rate {
            id: own,
            part,
            whole,
            rate,
            note,
            basis,
        } => Relation::Rate {
            id: id(&own),
            part: id(&part),
            whole: id(&whole),
            rate: id(&rate),
            note,
            basis,
        },
        Relation::Sum {
            id: own,
            parts,
            total,
            note,
            basis,
        } => Relation::Sum {
            id: id(&own),
            parts: ids(&parts),
            total: id(&total),
            note,
            basis,
        },
        Relation::Equal {
            id: own,
            figures,
            note,
            basis,
        } => Relation::Equal {
            id: id(&own),
            figures: ids(&figures),
            note,
            basis,
        },
        Relation::AtMost {
            id: own,
            part,
            whole,
            note,
            basis,
        } => Relation::AtMost {
            id: id(&own),
            part: id(&part),
            whole: id(&whole),
            note,
            basis,
        },
    }
}

/// The report as JSON, after checking that the app would show it without problems.
pub fn json(report: &Report) -> String {
    let text = serde_json::to_string_pretty(report).expect("a report serialises");
    let loaded = LoadedReport::from_json(&text)
        .unwrap_or_else(|e| panic!("the grown report does not parse: {e}"));
    assert!(
        loaded.problems.is_empty(),
        "the grown report has problems the page would show:\n{}",
        loaded
            .problems
            .iter()
            .map(|p| format!("  - {p}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
    text
}

/// `page` (a built index.html) with `#app` emptied again, as Trunk wrote it before the
/// build's prerenderer filled it: `#app` is the body's last element.
fn with_empty_mount(page: &str) -> Option<String> {
    let start = page.find("<div id=\"app\"")?;
    let body_end = page.rfind("</body>")?;
    let end = page[..body_end].rfind("</div>")? + "</div>".len();
    let after_mount_is_blank = page[end..body_end].trim().is_empty();
    (start < end && after_mount_is_blank)
        .then(|| format!("{}<div id=\"app\"></div>{}", &page[..start], &page[end..]))
}

/// Writes into `out` a copy of the built site `dist` (without its embed pages) whose
/// report is `report_json`, and writes the page from it with the build's prerenderer
/// (`cargo run --bin prerender`, as scripts/post-build runs it).
pub fn write_site(dist: &Path, out: &Path, report_json: &str) {
    if out.exists() {
        std::fs::remove_dir_all(out)
            .unwrap_or_else(|e| panic!("cannot remove {}: {e}", out.display()));
    }
    copy_site(dist, out);
    let index = out.join("index.html");
    let page = std::fs::read_to_string(&index).expect("the built index.html");
    let empty = with_empty_mount(&page).unwrap_or_else(|| {
        panic!(
            "{} has no `<div id=\"app\" …>…</div>` as the body's last element",
            index.display()
        )
    });
    std::fs::write(&index, empty).expect("write index.html");
    std::fs::write(out.join(REPORT_FILE), report_json).expect("write the grown report");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .args(["run", "--quiet", "--offline", "--bin", "prerender", "--"])
        .arg(out)
        .current_dir(crate::support::root())
        .stdout(std::io::stderr())
        .status()
        .expect("run the prerenderer");
    assert!(status.success(), "prerender failed on {}", out.display());
}

fn copy_site(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("cannot create {}: {e}", to.display()));
    let entries =
        std::fs::read_dir(from).unwrap_or_else(|e| panic!("cannot list {}: {e}", from.display()));
    for path in entries.flatten().map(|e| e.path()) {
        let target = to.join(path.file_name().expect("a file name"));
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "embed") {
                copy_site(&path, &target);
            }
        } else {
            std::fs::copy(&path, &target)
                .unwrap_or_else(|e| panic!("cannot copy {}: {e}", path.display()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mount_is_emptied_whatever_it_holds() {
        let page =
            "<body>\n<!-- c -->\n<div id=\"app\" data-x=\"1\"><div>a</div></div>\n</body>\n</html>";
        assert_eq!(
            with_empty_mount(page).as_deref(),
            Some("<body>\n<!-- c -->\n<div id=\"app\"></div>\n</body>\n</html>")
        );
        assert_eq!(
            with_empty_mount("<body><div id=\"app\"></div><p>x</p></body>"),
            None
        );
    }
}
