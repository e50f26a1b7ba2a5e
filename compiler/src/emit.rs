//! Printing the JS module with swc_ecma_codegen, and its source map.

use swc_common::{sync::Lrc, BytePos, FileName, LineCol, SourceMap};
use swc_ecma_ast::{Module, ModuleItem};
use swc_ecma_codegen::{text_writer::JsWriter, Config, Emitter};

/// The swc source map that holds the Python file, so spans can point into it.
pub struct Sources {
    pub cm: Lrc<SourceMap>,
}

impl Sources {
    pub fn new() -> Sources {
        Sources { cm: Lrc::new(SourceMap::default()) }
    }

    /// Register a Python file; returns the base offset for its spans.
    pub fn add(&self, name: &str, src: &str) -> u32 {
        let file = self.cm.new_source_file(Lrc::new(FileName::Custom(name.to_string())), src.to_string());
        file.start_pos.0
    }
}

struct MapConfig;

impl swc_common::source_map::SourceMapGenConfig for MapConfig {
    fn file_name_to_source(&self, f: &FileName) -> String {
        f.to_string()
    }
    fn inline_sources_content(&self, _: &FileName) -> bool {
        false
    }
}

/// Print `items`; returns the JS text (ending in a `sourceMappingURL` comment naming
/// `map_name`) and the source map JSON.
pub fn print_module(sources: &Sources, items: Vec<ModuleItem>, map_name: &str, minify: bool) -> (String, String) {
    let module = Module { span: Default::default(), body: items, shebang: None };
    let mut buf = vec![];
    let mut mappings: Vec<(BytePos, LineCol)> = vec![];
    {
        let mut emitter = Emitter {
            cfg: Config::default().with_minify(minify),
            cm: sources.cm.clone(),
            comments: None,
            wr: JsWriter::new(sources.cm.clone(), "\n", &mut buf, Some(&mut mappings)),
        };
        emitter.emit_module(&module).expect("writing to a Vec cannot fail");
    }
    // Dropping a large JS tree node by node is slow; the process is short-lived.
    std::mem::forget(module);
    let mut code = String::from_utf8(buf).expect("codegen produced UTF-8");
    let map = sources.cm.build_source_map(&mappings, None, MapConfig);
    let mut json = vec![];
    map.to_writer(&mut json).expect("source map serializes");
    code.push_str(&format!("//# sourceMappingURL={map_name}\n"));
    (code, String::from_utf8(json).expect("source map is UTF-8"))
}
