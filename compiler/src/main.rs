//! The `pyjs` command line.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use pyjs::driver;

// The compiler allocates many small AST nodes; mimalloc is markedly faster than glibc malloc here.
#[global_allocator]
static GLOBAL: Allocator = Allocator;

extern "C" {
    // mimalloc's functions (linked in by the `mimalloc` crate; its Rust binding of
    // `mi_option_set` needs a feature with an extra dependency).
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
    fn mi_malloc(size: usize) -> *mut std::ffi::c_void;
    fn mi_zalloc(size: usize) -> *mut std::ffi::c_void;
    fn mi_realloc(p: *mut std::ffi::c_void, newsize: usize) -> *mut std::ffi::c_void;
}

/// mimalloc, called as C's `malloc` for the alignments every block has (8: block sizes are
/// multiples of the word size). The `mimalloc` crate's `MiMalloc` calls `mi_malloc_aligned` for
/// every allocation, whose fallback when a size class's page is full over-allocates (`size +
/// align - 1`) from the next size class instead of taking a fresh page of the right one: 24-byte
/// blocks then come from the 32-byte pages, and so on, for the rest of the compile.
struct Allocator;

/// The alignment of every mimalloc block (`MI_INTPTR_SIZE`).
const BLOCK_ALIGN: usize = 8;

unsafe impl std::alloc::GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= BLOCK_ALIGN {
            mi_malloc(layout.size()) as *mut u8
        } else {
            mimalloc::MiMalloc.alloc(layout)
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        if layout.align() <= BLOCK_ALIGN {
            mi_zalloc(layout.size()) as *mut u8
        } else {
            mimalloc::MiMalloc.alloc_zeroed(layout)
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: std::alloc::Layout) {
        mimalloc::MiMalloc.dealloc(ptr, layout)
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= BLOCK_ALIGN {
            mi_realloc(ptr as *mut std::ffi::c_void, new_size) as *mut u8
        } else {
            mimalloc::MiMalloc.realloc(ptr, layout, new_size)
        }
    }
}

/// `mi_option_purge_delay` (mimalloc.h's `mi_option_e`, the same in v2 and v3).
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

#[derive(Parser)]
#[command(name = "pyjs", version, about = "Compile Python 3.11 programs to small, fast ES modules")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Compile FILE.py into OUTDIR (FILE.mjs, its source map, and the runtime it needs).
    Compile {
        file: PathBuf,
        /// Output folder.
        #[arg(short, long, default_value = "dist")]
        out: PathBuf,
        /// Compile FILE.py as a library for JavaScript code to import: `__name__` is its module
        /// name, exceptions are thrown to the importer, and OUTDIR/pyjs/js-interop.mjs converts
        /// values (see README.md, "Using a compiled module from JavaScript").
        #[arg(long)]
        lib: bool,
    },
    /// Compile FILE.py to a temporary folder and run it under node, passing ARGS as sys.argv[1:].
    Run {
        file: PathBuf,
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Print the JavaScript generated for FILE.py (the entry module only).
    PrintJs { file: PathBuf },
    /// (Development) Write the runtime's declaration graph used for tree-shaking to FILE, or
    /// with --check, fail if FILE is stale.
    #[command(hide = true)]
    RuntimeGraph {
        file: PathBuf,
        #[arg(long)]
        check: bool,
    },
}

fn runtime_graph(file: &Path, check: bool) -> Result<ExitCode, ExitCode> {
    let graph = pyjs::bundle::Graph::analyze().map_err(|e| {
        eprintln!("error: cannot analyze the runtime: {e}");
        ExitCode::from(1)
    })?;
    let text = graph.to_text();
    if check {
        if std::fs::read_to_string(file).ok().as_deref() == Some(text.as_str()) {
            return Ok(ExitCode::SUCCESS);
        }
        eprintln!("error: {} is stale: run `cargo xtask runtime-graph`", file.display());
        return Err(ExitCode::from(1));
    }
    std::fs::write(file, text).map_err(|e| {
        eprintln!("error: cannot write {}: {e}", file.display());
        ExitCode::from(1)
    })?;
    Ok(ExitCode::SUCCESS)
}

fn compile(file: &Path, lib: bool) -> Result<driver::Program, ExitCode> {
    driver::compile_with(file, &file.to_string_lossy(), lib).map_err(|errors| {
        for e in &errors {
            eprint!("{}", e.render());
        }
        let n = errors.len();
        eprintln!("error: could not compile {} ({n} error{})", file.display(), if n == 1 { "" } else { "s" });
        ExitCode::from(1)
    })
}

fn write(program: &driver::Program, out: &Path) -> Result<(), ExitCode> {
    driver::write(program, out).map_err(|e| {
        eprintln!("error: cannot write {}: {e}", out.display());
        ExitCode::from(1)
    })
}

fn run(file: &Path, args: &[String]) -> Result<ExitCode, ExitCode> {
    let program = compile(file, false)?;
    let dir = std::env::temp_dir().join(format!("pyjs-run-{}", std::process::id()));
    write(&program, &dir)?;
    let status = std::process::Command::new("node")
        .arg("--stack-size=4000")
        .arg(dir.join(&program.entry))
        .args(args)
        .env("PYJS_ARGV0", file)
        .status();
    let _ = std::fs::remove_dir_all(&dir);
    match status {
        Ok(s) => Ok(ExitCode::from(s.code().unwrap_or(1) as u8)),
        Err(e) => {
            eprintln!("error: cannot run node: {e}");
            Err(ExitCode::from(1))
        }
    }
}

/// The command line with `--` inserted after `pyjs run FILE`, so that every argument after the
/// file (`--help` too) reaches the program's `sys.argv` rather than pyjs's own parser.
fn command_line() -> Vec<std::ffi::OsString> {
    let mut argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if argv.get(1).is_some_and(|a| a == "run") {
        let file = argv.iter().skip(2).position(|a| !a.to_string_lossy().starts_with('-')).map(|k| k + 2);
        if let Some(i) = file.filter(|&i| i + 1 < argv.len()) {
            argv.insert(i + 1, "--".into());
        }
    }
    argv
}

fn main() -> ExitCode {
    // A compile is a short-lived process that frees a lowered statement's JS tree right after
    // printing it: never giving freed memory back to the OS saves refaulting (and zeroing) it.
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    pyjs::timing::mark("start");
    let cli = Cli::parse_from(command_line());
    let result = match cli.command {
        Command::Compile { file, out, lib } => compile(&file, lib)
            .and_then(|p| write(&p, &out))
            .map(|_| pyjs::timing::mark("write"))
            .map(|_| ExitCode::SUCCESS),
        Command::Run { file, args } => run(&file, &args),
        Command::PrintJs { file } => compile(&file, false).map(|p| {
            let entry = p.modules.iter().find(|m| m.out_path == p.entry).expect("entry module");
            print!("{}", entry.code);
            ExitCode::SUCCESS
        }),
        Command::RuntimeGraph { file, check } => runtime_graph(&file, check),
    };
    result.unwrap_or_else(|code| code)
}
