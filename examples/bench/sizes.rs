//! The size of every file in `dist/` as served raw, and compressed with `gzip -9` and
//! `brotli -q 11` (the command-line tools, as `scripts/precompress` uses them).

use std::path::{Path, PathBuf};
use std::process::Command;

#[derive(Debug, Clone)]
pub struct Asset {
    /// Path inside `dist/`, with `/` separators.
    pub path: String,
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

/// Every file under `dist`, except precompressed `.gz` and `.br` copies, by path.
pub fn assets(dist: &Path) -> Vec<Asset> {
    let mut files = Vec::new();
    collect(dist, &mut files);
    files.sort();
    files
        .into_iter()
        .filter(|f| !matches!(f.extension().and_then(|e| e.to_str()), Some("gz" | "br")))
        .map(|file| {
            let path = file
                .strip_prefix(dist)
                .expect("a file under dist/")
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            asset(dist, &path)
        })
        .collect()
}

/// The file at `path` (with `/` separators) in `dist`.
pub fn asset(dist: &Path, path: &str) -> Asset {
    let file = dist.join(path);
    Asset {
        path: path.to_string(),
        raw: std::fs::metadata(&file)
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()))
            .len(),
        gzip: compressed(&file, "gzip", &["-9", "-n", "-c"]),
        brotli: compressed(&file, "brotli", &["-q", "11", "-c"]),
    }
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let entries =
        std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else {
            files.push(path);
        }
    }
}

fn compressed(file: &Path, tool: &str, args: &[&str]) -> u64 {
    let out = Command::new(tool)
        .args(args)
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {tool} (scripts/bench installs it): {e}"));
    assert!(out.status.success(), "{tool} failed on {}", file.display());
    out.stdout.len() as u64
}

/// The `dist/` path a same-origin URL the page requested is served from.
pub fn dist_path(url: &str, origin: &str) -> Option<String> {
    let path = url.strip_prefix(origin)?;
    let path = path.split(['?', '#']).next().unwrap_or("");
    let path = path.trim_start_matches('/');
    Some(if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    })
}

/// A file name with Trunk's 16-digit content hash replaced by `<hash>`, so that tables
/// stay the same from build to build.
pub fn display_name(path: &str) -> String {
    let bytes = path.as_bytes();
    for start in 0..bytes.len() {
        let run = bytes[start..]
            .iter()
            .take_while(|b| b.is_ascii_hexdigit())
            .count();
        if run == 16 && (start == 0 || !bytes[start - 1].is_ascii_hexdigit()) {
            return format!("{}<hash>{}", &path[..start], &path[start + 16..]);
        }
    }
    path.to_string()
}
