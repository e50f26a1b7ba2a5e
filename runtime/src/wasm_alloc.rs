//! The wasm32 global allocator: size-class free lists over the module's initial memory (from
//! `__heap_base` to the end of the `--initial-memory` that runtime/build-wasm.sh links with),
//! falling back to the standard allocator (dlmalloc) once that region is used up.
//!
//! Why: dlmalloc gets every new block with `memory.grow`, and growing a WebAssembly memory
//! detaches its old ArrayBuffer. The first detach in a process makes V8 check for detached
//! buffers at every typed-array access of optimized code from then on (its ArrayBufferDetaching
//! protector), which makes every JS loop of the NumPy runtime ~1.7x slower. Programs whose
//! kernels fit in the initial memory never grow it.
//!
//! Blocks are powers of two (16 bytes to the region's size), aligned to their size up to 4 KB;
//! a freed block goes on its class's list and is reused only by that class. Single-threaded.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::UnsafeCell;

const CLASSES: usize = 32;
const MAX_ALIGN: usize = 4096;

struct State {
    /// Next unused byte of the region, and its end (0 before the first allocation).
    bump: usize,
    end: usize,
    start: usize,
    /// Heads of the free lists (each free block holds the address of the next).
    free: [usize; CLASSES],
}

pub struct RegionAlloc(UnsafeCell<State>);

// SAFETY: wasm32 without threads: one thread touches the allocator.
unsafe impl Sync for RegionAlloc {}

extern "C" {
    static __heap_base: u8;
}

impl RegionAlloc {
    pub const fn new() -> Self {
        RegionAlloc(UnsafeCell::new(State { bump: 0, end: 0, start: 0, free: [0; CLASSES] }))
    }
}

impl Default for RegionAlloc {
    fn default() -> Self {
        Self::new()
    }
}

/// The size class of `l`, or None when it does not fit the scheme (huge or over-aligned).
fn class(l: &Layout) -> Option<usize> {
    if l.align() > MAX_ALIGN {
        return None;
    }
    let size = l.size().max(l.align()).max(16);
    let c = size.checked_next_power_of_two()?.trailing_zeros() as usize;
    (c < CLASSES).then_some(c)
}

impl State {
    fn init(&mut self) {
        if self.end == 0 {
            // The linker's symbol: only its address is taken.
            let base = core::ptr::addr_of!(__heap_base) as usize;
            self.start = (base + 15) & !15;
            self.bump = self.start;
            self.end = core::arch::wasm32::memory_size(0) * 65536;
        }
    }

    /// A block of class `c` (and whether it is fresh, still zero), or None.
    fn take(&mut self, c: usize) -> Option<(*mut u8, bool)> {
        self.init();
        let head = self.free[c];
        if head != 0 {
            // SAFETY: a block on the list, holding the next block's address.
            self.free[c] = unsafe { *(head as *const usize) };
            return Some((head as *mut u8, false));
        }
        let size = 1usize << c;
        let p = (self.bump + size.min(MAX_ALIGN) - 1) & !(size.min(MAX_ALIGN) - 1);
        if p.checked_add(size)? > self.end {
            return None;
        }
        self.bump = p + size;
        Some((p as *mut u8, true))
    }
}

unsafe impl GlobalAlloc for RegionAlloc {
    #[inline(never)] // one copy, not one per allocation site
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        let s = &mut *self.0.get();
        match class(&l).and_then(|c| s.take(c)) {
            Some((p, _)) => p,
            None => System.alloc(l),
        }
    }

    #[inline(never)] // one copy, not one per allocation site
    unsafe fn alloc_zeroed(&self, l: Layout) -> *mut u8 {
        let s = &mut *self.0.get();
        match class(&l).and_then(|c| s.take(c)) {
            // Untouched region memory is still zero (a WebAssembly memory starts zeroed).
            Some((p, true)) => p,
            Some((p, false)) => {
                core::ptr::write_bytes(p, 0, l.size());
                p
            }
            None => System.alloc_zeroed(l),
        }
    }

    #[inline(never)] // one copy, not one per allocation site
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        let s = &mut *self.0.get();
        let a = p as usize;
        if a >= s.start && a < s.end {
            // A region block: its class is the layout's (the one it was allocated with).
            let c = class(&l).unwrap_or(0);
            *(p as *mut usize) = s.free[c];
            s.free[c] = a;
        } else {
            System.dealloc(p, l);
        }
    }

    #[inline(never)] // one copy, not one per allocation site
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new_size: usize) -> *mut u8 {
        let s = &mut *self.0.get();
        let a = p as usize;
        let new = Layout::from_size_align_unchecked(new_size, l.align());
        if a >= s.start && a < s.end && class(&l).is_some() && class(&l) == class(&new) {
            return p;
        }
        let q = self.alloc(new);
        if !q.is_null() {
            core::ptr::copy_nonoverlapping(p, q, l.size().min(new_size));
            self.dealloc(p, l);
        }
        q
    }
}
