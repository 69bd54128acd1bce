//! A build step, run by scripts/split-wasm on the app's main wasm and its JS glue:
//! gives the functions the wasm imports from the glue short names (`a`, `b`, … `aa`).
//!
//! wasm-bindgen names each of them `__wbg_<what>_<16 hex digits>`, and both files
//! carry about two hundred such names, whose hex digits do not compress: renaming
//! them saves about 2.8 KB brotli of wasm and 2 KB of JS in the first view. binaryen's
//! `--minify-imports` renames only `env` imports, so this does the same for the
//! glue's module (the one named `…_bg.js`). Imports from other modules, exports and
//! every other section are copied unchanged.
//!
//! Usage: `minify-imports <main_bg.wasm> <main.js>` rewrites both files in place, or
//! changes neither and exits non-zero saying why.

use std::process::ExitCode;

/// Why the files could not be rewritten.
#[derive(Debug, PartialEq, Eq)]
enum MinifyError {
    NotWasm,
    /// The wasm ends in the middle of the named part.
    Truncated(&'static str),
    UnknownImportKind(u8),
    NameNotUtf8,
    GlueDefinitionNotFound(String),
    GlueStillMentions(String),
}

impl std::fmt::Display for MinifyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MinifyError::NotWasm => {
                write!(f, "not a WebAssembly 1.0 module (wrong magic number or version)")
            }
            MinifyError::Truncated(what) => write!(f, "the wasm ends in the middle of {what}"),
            MinifyError::UnknownImportKind(kind) => write!(
                f,
                "an import has kind {kind:#04x}, which this step does not know how to skip"
            ),
            MinifyError::NameNotUtf8 => write!(f, "an import's name is not UTF-8"),
            MinifyError::GlueDefinitionNotFound(name) => write!(
                f,
                "the JS glue does not define the import `{name}` exactly once as `{name}: function(`"
            ),
            MinifyError::GlueStillMentions(name) => {
                write!(f, "the JS glue still mentions `{name}` after renaming it")
            }
        }
    }
}

/// A cursor over the wasm's bytes.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self, what: &'static str) -> Result<u8, MinifyError> {
        let b = *self
            .bytes
            .get(self.pos)
            .ok_or(MinifyError::Truncated(what))?;
        self.pos += 1;
        Ok(b)
    }

    /// An unsigned LEB128 number (at most 64 bits).
    fn leb(&mut self, what: &'static str) -> Result<u64, MinifyError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte(what)?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(MinifyError::Truncated(what))
    }

    fn take(&mut self, len: u64, what: &'static str) -> Result<&'a [u8], MinifyError> {
        let end = usize::try_from(len)
            .ok()
            .and_then(|len| self.pos.checked_add(len))
            .filter(|&end| end <= self.bytes.len())
            .ok_or(MinifyError::Truncated(what))?;
        let slice = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(slice)
    }

    fn name(&mut self) -> Result<&'a str, MinifyError> {
        let len = self.leb("a name's length")?;
        let bytes = self.take(len, "a name")?;
        std::str::from_utf8(bytes).map_err(|_| MinifyError::NameNotUtf8)
    }

    /// Table and memory limits: flags, minimum, and a maximum when flag bit 0 is set.
    fn limits(&mut self) -> Result<(), MinifyError> {
        let flags = self.byte("limits")?;
        self.leb("a minimum")?;
        if flags & 1 == 1 {
            self.leb("a maximum")?;
        }
        Ok(())
    }
}

fn write_leb(mut value: u64, out: &mut Vec<u8>) {
    loop {
        let low = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

fn write_name(name: &str, out: &mut Vec<u8>) {
    write_leb(name.len() as u64, out);
    out.extend_from_slice(name.as_bytes());
}

/// The `n`th short name: `a` … `z`, `A` … `Z`, then `aa`, `ab`, … (bijective base 52).
fn short_name(mut n: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = Vec::new();
    loop {
        name.push(LETTERS[n % LETTERS.len()]);
        n /= LETTERS.len();
        if n == 0 {
            break;
        }
        n -= 1;
    }
    name.reverse();
    String::from_utf8(name).expect("ASCII letters")
}

/// Whether an import comes from wasm-bindgen's JS glue.
fn from_glue(module: &str) -> bool {
    module.ends_with("_bg.js")
}

/// Imports renamed: (old name, new name), in import order.
type Renames = Vec<(String, String)>;

/// The wasm with every function imported from the glue renamed, and the renames.
fn rename_imports(wasm: &[u8]) -> Result<(Vec<u8>, Renames), MinifyError> {
    if wasm.get(..8) != Some(b"\0asm\x01\0\0\0".as_slice()) {
        return Err(MinifyError::NotWasm);
    }
    let mut out = wasm[..8].to_vec();
    let mut renames = Vec::new();
    let mut r = Reader {
        bytes: wasm,
        pos: 8,
    };
    while r.pos < wasm.len() {
        let start = r.pos;
        let id = r.byte("a section id")?;
        let size = r.leb("a section's size")?;
        let body = r.take(size, "a section")?;
        if id != 2 {
            out.extend_from_slice(&wasm[start..r.pos]);
            continue;
        }
        let mut s = Reader {
            bytes: body,
            pos: 0,
        };
        let count = s.leb("the import count")?;
        let mut section = Vec::new();
        write_leb(count, &mut section);
        for _ in 0..count {
            let module = s.name()?;
            let field = s.name()?;
            let desc_start = s.pos;
            let kind = s.byte("an import's kind")?;
            match kind {
                0x00 => {
                    s.leb("a function's type")?;
                }
                0x01 => {
                    s.byte("a table's element type")?;
                    s.limits()?;
                }
                0x02 => s.limits()?,
                0x03 => {
                    s.byte("a global's type")?;
                    s.byte("a global's mutability")?;
                }
                0x04 => {
                    s.byte("a tag's attribute")?;
                    s.leb("a tag's type")?;
                }
                other => return Err(MinifyError::UnknownImportKind(other)),
            }
            let name = if kind == 0x00 && from_glue(module) {
                let new = short_name(renames.len());
                renames.push((field.to_string(), new.clone()));
                new
            } else {
                field.to_string()
            };
            write_name(module, &mut section);
            write_name(&name, &mut section);
            section.extend_from_slice(&body[desc_start..s.pos]);
        }
        if s.pos != body.len() {
            return Err(MinifyError::Truncated("the import section"));
        }
        out.push(2);
        write_leb(section.len() as u64, &mut out);
        out.extend_from_slice(&section);
    }
    Ok((out, renames))
}

/// The JS glue with each import's definition (`old: function(`) renamed.
fn rewrite_glue(js: &str, renames: &Renames) -> Result<String, MinifyError> {
    let mut js = js.to_string();
    for (old, new) in renames {
        let definition = format!("\n        {old}: function(");
        if js.matches(&definition).count() != 1 {
            return Err(MinifyError::GlueDefinitionNotFound(old.clone()));
        }
        js = js.replacen(&definition, &format!("\n        {new}: function("), 1);
        if js.contains(old.as_str()) {
            return Err(MinifyError::GlueStillMentions(old.clone()));
        }
    }
    Ok(js)
}

fn run(wasm_path: &str, js_path: &str) -> Result<usize, String> {
    let read = |path: &str| std::fs::read(path).map_err(|e| format!("{path}: {e}"));
    let wasm = read(wasm_path)?;
    let js = String::from_utf8(read(js_path)?).map_err(|_| format!("{js_path}: not UTF-8"))?;
    let (wasm, renames) = rename_imports(&wasm).map_err(|e| format!("{wasm_path}: {e}"))?;
    let js = rewrite_glue(&js, &renames).map_err(|e| format!("{js_path}: {e}"))?;
    std::fs::write(wasm_path, wasm).map_err(|e| format!("{wasm_path}: {e}"))?;
    std::fs::write(js_path, js).map_err(|e| format!("{js_path}: {e}"))?;
    Ok(renames.len())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [wasm, js] = args.as_slice() else {
        eprintln!("usage: minify-imports <main_bg.wasm> <main.js>");
        return ExitCode::FAILURE;
    };
    match run(wasm, js) {
        Ok(count) => {
            println!("minify-imports: renamed {count} imports");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("minify-imports: {message}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(id: u8, body: &[u8]) -> Vec<u8> {
        let mut out = vec![id];
        write_leb(body.len() as u64, &mut out);
        out.extend_from_slice(body);
        out
    }

    /// A module importing two glue functions, a function from another module, a memory
    /// and a table; then a type section after it and a custom section.
    fn module() -> Vec<u8> {
        let mut imports = Vec::new();
        write_leb(5, &mut imports);
        for (module, field, desc) in [
            (
                "./app_bg.js",
                "__wbg_log_0123456789abcdef",
                vec![0x00, 0x00],
            ),
            ("./__wasm_split.js", "__wasm_split_load_x", vec![0x00, 0x01]),
            ("env", "memory", vec![0x02, 0x01, 0x11, 0x80, 0x01]),
            (
                "./app_bg.js",
                "__wbg_fetch_fedcba9876543210",
                vec![0x00, 0x01],
            ),
            ("env", "table", vec![0x01, 0x70, 0x00, 0x05]),
        ] {
            write_name(module, &mut imports);
            write_name(field, &mut imports);
            imports.extend(desc);
        }
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend(section(
            1,
            &[0x02, 0x60, 0x00, 0x00, 0x60, 0x01, 0x7f, 0x00],
        ));
        wasm.extend(section(2, &imports));
        wasm.extend(section(0, b"\x04namexyz"));
        wasm
    }

    /// The (module, field) of every import.
    fn imports(wasm: &[u8]) -> Vec<(String, String)> {
        let mut r = Reader {
            bytes: wasm,
            pos: 8,
        };
        while r.pos < wasm.len() {
            let id = r.byte("id").unwrap();
            let size = r.leb("size").unwrap();
            let body = r.take(size, "section").unwrap();
            if id == 2 {
                let mut s = Reader {
                    bytes: body,
                    pos: 0,
                };
                let n = s.leb("count").unwrap();
                return (0..n)
                    .map(|_| {
                        let pair = (s.name().unwrap().to_string(), s.name().unwrap().to_string());
                        match s.byte("kind").unwrap() {
                            0x00 => drop(s.leb("type").unwrap()),
                            0x01 => {
                                s.byte("elem").unwrap();
                                s.limits().unwrap();
                            }
                            _ => s.limits().unwrap(),
                        }
                        pair
                    })
                    .collect();
            }
        }
        Vec::new()
    }

    #[test]
    fn only_functions_from_the_glue_are_renamed_and_the_rest_is_kept() {
        let wasm = module();
        let (out, renames) = rename_imports(&wasm).unwrap();
        assert_eq!(
            renames,
            [
                ("__wbg_log_0123456789abcdef".to_string(), "a".to_string()),
                ("__wbg_fetch_fedcba9876543210".to_string(), "b".to_string()),
            ]
        );
        let pairs = imports(&out);
        let fields: Vec<&str> = pairs.iter().map(|(_, f)| f.as_str()).collect();
        assert_eq!(fields, ["a", "__wasm_split_load_x", "memory", "b", "table"]);
        assert_eq!(pairs[0].0, "./app_bg.js");
        // The sections before and after the imports are byte for byte the same (the
        // header, the type section, then the import section's id).
        assert_eq!(out[..19], wasm[..19]);
        assert!(out.ends_with(&section(0, b"\x04namexyz")));
        // 25 and 27 bytes of names, and the section's size now fits in one byte.
        assert_eq!(wasm.len() - out.len(), 25 + 27 + 1);
    }

    #[test]
    fn a_renamed_module_renames_again_to_itself() {
        let (once, _) = rename_imports(&module()).unwrap();
        let (twice, renames) = rename_imports(&once).unwrap();
        assert_eq!(once, twice);
        assert_eq!(renames[0], ("a".to_string(), "a".to_string()));
    }

    #[test]
    fn broken_input_is_refused_with_a_reason() {
        assert_eq!(
            rename_imports(b"\0asm\x02\0\0\0"),
            Err(MinifyError::NotWasm)
        );
        assert_eq!(rename_imports(b"<html>"), Err(MinifyError::NotWasm));
        let wasm = module();
        // Cutting between sections leaves a valid, shorter module; anywhere else not.
        let type_end = 8 + 2 + 8;
        let import_end = wasm.len() - section(0, b"\x04namexyz").len();
        for cut in (9..wasm.len()).filter(|&c| c != type_end && c != import_end) {
            assert!(
                rename_imports(&wasm[..cut]).is_err(),
                "a module cut after {cut} bytes was accepted"
            );
        }
        let mut unknown = b"\0asm\x01\0\0\0".to_vec();
        let mut body = vec![1];
        write_name("m", &mut body);
        write_name("f", &mut body);
        body.push(0x09);
        unknown.extend(section(2, &body));
        assert_eq!(
            rename_imports(&unknown),
            Err(MinifyError::UnknownImportKind(9))
        );
    }

    #[test]
    fn leb128_numbers_read_back_as_written() {
        for value in [
            0,
            1,
            127,
            128,
            255,
            300,
            16_383,
            16_384,
            u64::from(u32::MAX),
            u64::MAX,
        ] {
            let mut bytes = Vec::new();
            write_leb(value, &mut bytes);
            let mut r = Reader {
                bytes: &bytes,
                pos: 0,
            };
            assert_eq!(r.leb("n"), Ok(value));
            assert_eq!(r.pos, bytes.len());
        }
    }

    #[test]
    fn short_names_are_distinct_and_short() {
        let names: Vec<String> = (0..3000).map(short_name).collect();
        assert_eq!(names[..3], ["a", "b", "c"]);
        assert_eq!(names[51], "Z");
        assert_eq!(names[52], "aa");
        let distinct: std::collections::HashSet<&String> = names.iter().collect();
        assert_eq!(distinct.len(), names.len());
        assert!(names.iter().all(|n| n.len() <= 3));
    }

    const GLUE: &str = "function __wbg_get_imports() {\n    const import0 = {\n        __proto__: null,\n        __wbg_log_0123456789abcdef: function(arg0) {\n            console.log(arg0);\n        },\n        __wbg_fetch_fedcba9876543210: function() {\n        },\n    };\n}";

    fn renames() -> Renames {
        vec![
            ("__wbg_log_0123456789abcdef".into(), "a".into()),
            ("__wbg_fetch_fedcba9876543210".into(), "b".into()),
        ]
    }

    #[test]
    fn the_glue_defines_the_imports_under_their_new_names() {
        let js = rewrite_glue(GLUE, &renames()).unwrap();
        assert!(js.contains("\n        a: function(arg0) {\n            console.log(arg0);"));
        assert!(js.contains("\n        b: function() {"));
        assert!(!js.contains("__wbg_log") && !js.contains("__wbg_fetch"));
    }

    #[test]
    fn the_glue_is_refused_when_a_name_is_missing_or_used_elsewhere() {
        let missing = GLUE.replace("__wbg_fetch_fedcba9876543210: function", "other: function");
        assert_eq!(
            rewrite_glue(&missing, &renames()),
            Err(MinifyError::GlueDefinitionNotFound(
                "__wbg_fetch_fedcba9876543210".into()
            ))
        );
        let used = format!("{GLUE}\nwasm.__wbg_log_0123456789abcdef();");
        assert_eq!(
            rewrite_glue(&used, &renames()),
            Err(MinifyError::GlueStillMentions(
                "__wbg_log_0123456789abcdef".into()
            ))
        );
    }
}
