//! `PYJS_TIME_PHASES=1`: each compile phase's wall time, its CPU time (the thread's run time
//! from `/proc/thread-self/schedstat`: steadier than wall time on a loaded machine) and the
//! process's resident memory (current and peak, from `/proc/self/status`) on stderr. Off by
//! default, and then free.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::Instant;

static ON: OnceLock<bool> = OnceLock::new();
static LAST: Mutex<Option<(Instant, u64)>> = Mutex::new(None);
static STARTED: AtomicBool = AtomicBool::new(false);

fn on() -> bool {
    *ON.get_or_init(|| std::env::var_os("PYJS_TIME_PHASES").is_some())
}

fn rss() -> String {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status.lines().find_map(|l| l.strip_prefix(name)).map(|v| v.trim().trim_end_matches(" kB").trim().to_string())
    };
    match (field("VmRSS:"), field("VmHWM:")) {
        (Some(now), Some(peak)) => format!("rss {:>7} KB, peak {:>7} KB", now, peak),
        _ => String::new(),
    }
}

/// The calling thread's CPU time so far, in nanoseconds (0 if unknown).
fn cpu_ns() -> u64 {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap_or_default();
    stat.split_whitespace().next().and_then(|t| t.parse().ok()).unwrap_or(0)
}

/// End the phase called `what` (the time since the previous mark).
pub fn mark(what: &str) {
    if !on() {
        return;
    }
    let now = (Instant::now(), cpu_ns());
    let mut last = LAST.lock().unwrap_or_else(|e| e.into_inner());
    if !STARTED.swap(true, Ordering::Relaxed) || last.is_none() {
        *last = Some(now);
    }
    let (t0, c0) = last.unwrap_or(now);
    let ms = now.0.duration_since(t0).as_secs_f64() * 1000.0;
    let cpu_ms = now.1.saturating_sub(c0) as f64 / 1e6;
    eprintln!("pyjs phase {what:<16} {ms:>8.1} ms  cpu {cpu_ms:>8.1} ms  {}", rss());
    *last = Some(now);
}
