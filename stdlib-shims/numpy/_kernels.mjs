/**
 * `arange(start, stop, step)`; `all_int` says whether every argument was a Python int.
 * @param {number} start
 * @param {number} stop
 * @param {number} step
 * @param {boolean} all_int
 * @returns {Float64Array}
 */
export function arange(start, stop, step, all_int) {
    const ret = wasm.arange(start, stop, step, all_int);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v1 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v1;
}

/**
 * `np.array2string(a, precision=, separator=, prefix=, suppress_small=)`; negative
 * `precision`/`suppress` mean "the global option".
 * @param {number} dtype
 * @param {Int32Array | number[]} shape
 * @param {Float64Array | number[]} data
 * @param {number} precision
 * @param {number} suppress
 * @param {string} separator
 * @param {string} prefix
 * @returns {string}
 */
export function array2string(dtype, shape, data, precision, suppress, separator, prefix) {
    let deferred8_0;
    let deferred8_1;
    try {
        const val5 = +dtype;
        const val6 = +precision;
        const val7 = +suppress;
        let ptr0, len0, ptr1, len1, ptr2, len2, ptr3, len3;
        try {
            ptr0 = passArray32ToWasm0(shape, wasm.__wbindgen_malloc);
            len0 = WASM_VECTOR_LEN;
            ptr1 = passArrayF64ToWasm0(data, wasm.__wbindgen_malloc);
            len1 = WASM_VECTOR_LEN;
            ptr2 = passStringToWasm0(separator, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            len2 = WASM_VECTOR_LEN;
            ptr3 = passStringToWasm0(prefix, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            len3 = WASM_VECTOR_LEN;
        } catch (e) {
            if (ptr3) { wasm.__wbindgen_free(ptr3, len3 * 1, 1); }
            if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 1, 1); }
            if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
            if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
            throw e;
        }
        const ret = wasm.array2string(val5, ptr0, len0, ptr1, len1, val6, val7, ptr2, len2, ptr3, len3);
        deferred8_0 = ret[0];
        deferred8_1 = ret[1];
        return getStringFromWasm0(ret[0], ret[1]);
    } finally {
        wasm.__wbindgen_free(deferred8_0, deferred8_1, 1);
    }
}

/**
 * @param {number} da
 * @param {Int32Array | number[]} sa
 * @param {Float64Array | number[]} a
 * @param {number} db
 * @param {Int32Array | number[]} sb
 * @param {Float64Array | number[]} b
 * @returns {Float64Array}
 */
export function dot(da, sa, a, db, sb, b) {
    const val5 = +da;
    const val6 = +db;
    let ptr0, len0, ptr1, len1, ptr2, len2, ptr3, len3;
    try {
        ptr0 = passArray32ToWasm0(sa, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(a, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(sb, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
        ptr3 = passArrayF64ToWasm0(b, wasm.__wbindgen_malloc);
        len3 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr3) { wasm.__wbindgen_free(ptr3, len3 * 8, 8); }
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.dot(val5, ptr0, len0, ptr1, len1, val6, ptr2, len2, ptr3, len3);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v7 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v7;
}

/**
 * `np.format_float_positional(x, precision, unique, fractional=True, trim, sign, pad_left,
 * pad_right, min_digits)`; a negative `precision` is None, negative pads are 0. The caller
 * checks the arguments (an unknown `trim` gives "").
 * @param {number} x
 * @param {number} precision
 * @param {boolean} unique
 * @param {string} trim
 * @param {boolean} sign
 * @param {number} pad_left
 * @param {number} pad_right
 * @param {number} min_digits
 * @returns {string}
 */
export function formatFloatPositional(x, precision, unique, trim, sign, pad_left, pad_right, min_digits) {
    let deferred9_0;
    let deferred9_1;
    try {
        const val2 = +x;
        const val3 = +precision;
        const val4 = +unique;
        const val5 = +sign;
        const val6 = +pad_left;
        const val7 = +pad_right;
        const val8 = +min_digits;
        const ptr0 = passStringToWasm0(trim, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        const ret = wasm.formatFloatPositional(val2, val3, val4, ptr0, len0, val5, val6, val7, val8);
        deferred9_0 = ret[0];
        deferred9_1 = ret[1];
        return getStringFromWasm0(ret[0], ret[1]);
    } finally {
        wasm.__wbindgen_free(deferred9_0, deferred9_1, 1);
    }
}

/**
 * `np.format_float_scientific(x, precision, unique, trim, sign, pad_left, exp_digits,
 * min_digits)`, the same conventions as `formatFloatPositional`.
 * @param {number} x
 * @param {number} precision
 * @param {boolean} unique
 * @param {string} trim
 * @param {boolean} sign
 * @param {number} pad_left
 * @param {number} exp_digits
 * @param {number} min_digits
 * @returns {string}
 */
export function formatFloatScientific(x, precision, unique, trim, sign, pad_left, exp_digits, min_digits) {
    let deferred9_0;
    let deferred9_1;
    try {
        const val2 = +x;
        const val3 = +precision;
        const val4 = +unique;
        const val5 = +sign;
        const val6 = +pad_left;
        const val7 = +exp_digits;
        const val8 = +min_digits;
        const ptr0 = passStringToWasm0(trim, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        const ret = wasm.formatFloatScientific(val2, val3, val4, ptr0, len0, val5, val6, val7, val8);
        deferred9_0 = ret[0];
        deferred9_1 = ret[1];
        return getStringFromWasm0(ret[0], ret[1]);
    } finally {
        wasm.__wbindgen_free(deferred9_0, deferred9_1, 1);
    }
}

/**
 * `[precision, suppress, threshold, edgeitems, linewidth, sign]` of the current print options
 * (`sign` as its character code).
 * @returns {Float64Array}
 */
export function getPrintOptions() {
    const ret = wasm.getPrintOptions();
    var v1 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v1;
}

/**
 * `np.linalg.inv` of a C-ordered float64 `n x n` matrix, `n >= 32` (`numpy/linalg.mjs`'s
 * fast path: the data crosses once each way, the factorization cache keeps it as it is).
 * @param {Float64Array | number[]} a
 * @param {number} n
 * @returns {Float64Array}
 */
export function linalgInvF64(a, n) {
    const val2 = +n;
    const ptr0 = passArrayF64ToWasm0(a, wasm.__wbindgen_malloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.linalgInvF64(ptr0, len0, val2);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v3 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v3;
}

/**
 * `np.linalg.solve` of a C-ordered float64 `n x n` matrix (`n >= 32`) and `n x k` float64
 * right-hand sides (C order; `k` 1 for a vector), as `linalgInvF64`.
 * @param {Float64Array | number[]} a
 * @param {number} n
 * @param {Float64Array | number[]} b
 * @param {number} k
 * @returns {Float64Array}
 */
export function linalgSolveF64(a, n, b, k) {
    const val3 = +n;
    const val4 = +k;
    let ptr0, len0, ptr1, len1;
    try {
        ptr0 = passArrayF64ToWasm0(a, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(b, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 8, 8); }
        throw e;
    }
    const ret = wasm.linalgSolveF64(ptr0, len0, val3, ptr1, len1, val4);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v5 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v5;
}

/**
 * @param {number} da
 * @param {Int32Array | number[]} sa
 * @param {Float64Array | number[]} a
 * @param {number} db
 * @param {Int32Array | number[]} sb
 * @param {Float64Array | number[]} b
 * @returns {Float64Array}
 */
export function linalg_cholesky(da, sa, a, db, sb, b) {
    const val5 = +da;
    const val6 = +db;
    let ptr0, len0, ptr1, len1, ptr2, len2, ptr3, len3;
    try {
        ptr0 = passArray32ToWasm0(sa, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(a, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(sb, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
        ptr3 = passArrayF64ToWasm0(b, wasm.__wbindgen_malloc);
        len3 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr3) { wasm.__wbindgen_free(ptr3, len3 * 8, 8); }
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.linalg_cholesky(val5, ptr0, len0, ptr1, len1, val6, ptr2, len2, ptr3, len3);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v7 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v7;
}

/**
 * @param {number} da
 * @param {Int32Array | number[]} sa
 * @param {Float64Array | number[]} a
 * @param {number} db
 * @param {Int32Array | number[]} sb
 * @param {Float64Array | number[]} b
 * @returns {Float64Array}
 */
export function linalg_eig(da, sa, a, db, sb, b) {
    const val5 = +da;
    const val6 = +db;
    let ptr0, len0, ptr1, len1, ptr2, len2, ptr3, len3;
    try {
        ptr0 = passArray32ToWasm0(sa, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(a, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(sb, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
        ptr3 = passArrayF64ToWasm0(b, wasm.__wbindgen_malloc);
        len3 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr3) { wasm.__wbindgen_free(ptr3, len3 * 8, 8); }
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.linalg_eig(val5, ptr0, len0, ptr1, len1, val6, ptr2, len2, ptr3, len3);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v7 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v7;
}

/**
 * @param {number} da
 * @param {Int32Array | number[]} sa
 * @param {Float64Array | number[]} a
 * @param {number} db
 * @param {Int32Array | number[]} sb
 * @param {Float64Array | number[]} b
 * @returns {Float64Array}
 */
export function linalg_eigh(da, sa, a, db, sb, b) {
    const val5 = +da;
    const val6 = +db;
    let ptr0, len0, ptr1, len1, ptr2, len2, ptr3, len3;
    try {
        ptr0 = passArray32ToWasm0(sa, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(a, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(sb, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
        ptr3 = passArrayF64ToWasm0(b, wasm.__wbindgen_malloc);
        len3 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr3) { wasm.__wbindgen_free(ptr3, len3 * 8, 8); }
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.linalg_eigh(val5, ptr0, len0, ptr1, len1, val6, ptr2, len2, ptr3, len3);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v7 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v7;
}

/**
 * @param {number} da
 * @param {Int32Array | number[]} sa
 * @param {Float64Array | number[]} a
 * @param {number} db
 * @param {Int32Array | number[]} sb
 * @param {Float64Array | number[]} b
 * @returns {Float64Array}
 */
export function linalg_eigh_u(da, sa, a, db, sb, b) {
    const val5 = +da;
    const val6 = +db;
    let ptr0, len0, ptr1, len1, ptr2, len2, ptr3, len3;
    try {
        ptr0 = passArray32ToWasm0(sa, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(a, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(sb, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
        ptr3 = passArrayF64ToWasm0(b, wasm.__wbindgen_malloc);
        len3 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr3) { wasm.__wbindgen_free(ptr3, len3 * 8, 8); }
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.linalg_eigh_u(val5, ptr0, len0, ptr1, len1, val6, ptr2, len2, ptr3, len3);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v7 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v7;
}

/**
 * @param {number} da
 * @param {Int32Array | number[]} sa
 * @param {Float64Array | number[]} a
 * @param {number} db
 * @param {Int32Array | number[]} sb
 * @param {Float64Array | number[]} b
 * @returns {Float64Array}
 */
export function linalg_eigvals(da, sa, a, db, sb, b) {
    const val5 = +da;
    const val6 = +db;
    let ptr0, len0, ptr1, len1, ptr2, len2, ptr3, len3;
    try {
        ptr0 = passArray32ToWasm0(sa, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(a, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(sb, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
        ptr3 = passArrayF64ToWasm0(b, wasm.__wbindgen_malloc);
        len3 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr3) { wasm.__wbindgen_free(ptr3, len3 * 8, 8); }
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.linalg_eigvals(val5, ptr0, len0, ptr1, len1, val6, ptr2, len2, ptr3, len3);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v7 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v7;
}

/**
 * @param {number} da
 * @param {Int32Array | number[]} sa
 * @param {Float64Array | number[]} a
 * @param {number} db
 * @param {Int32Array | number[]} sb
 * @param {Float64Array | number[]} b
 * @returns {Float64Array}
 */
export function linalg_eigvalsh(da, sa, a, db, sb, b) {
    const val5 = +da;
    const val6 = +db;
    let ptr0, len0, ptr1, len1, ptr2, len2, ptr3, len3;
    try {
        ptr0 = passArray32ToWasm0(sa, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(a, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(sb, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
        ptr3 = passArrayF64ToWasm0(b, wasm.__wbindgen_malloc);
        len3 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr3) { wasm.__wbindgen_free(ptr3, len3 * 8, 8); }
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.linalg_eigvalsh(val5, ptr0, len0, ptr1, len1, val6, ptr2, len2, ptr3, len3);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v7 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v7;
}

/**
 * @param {number} da
 * @param {Int32Array | number[]} sa
 * @param {Float64Array | number[]} a
 * @param {number} db
 * @param {Int32Array | number[]} sb
 * @param {Float64Array | number[]} b
 * @returns {Float64Array}
 */
export function linalg_eigvalsh_u(da, sa, a, db, sb, b) {
    const val5 = +da;
    const val6 = +db;
    let ptr0, len0, ptr1, len1, ptr2, len2, ptr3, len3;
    try {
        ptr0 = passArray32ToWasm0(sa, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(a, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(sb, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
        ptr3 = passArrayF64ToWasm0(b, wasm.__wbindgen_malloc);
        len3 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr3) { wasm.__wbindgen_free(ptr3, len3 * 8, 8); }
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.linalg_eigvalsh_u(val5, ptr0, len0, ptr1, len1, val6, ptr2, len2, ptr3, len3);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v7 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v7;
}

/**
 * @param {number} da
 * @param {Int32Array | number[]} sa
 * @param {Float64Array | number[]} a
 * @param {number} db
 * @param {Int32Array | number[]} sb
 * @param {Float64Array | number[]} b
 * @returns {Float64Array}
 */
export function linalg_inv(da, sa, a, db, sb, b) {
    const val5 = +da;
    const val6 = +db;
    let ptr0, len0, ptr1, len1, ptr2, len2, ptr3, len3;
    try {
        ptr0 = passArray32ToWasm0(sa, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(a, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(sb, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
        ptr3 = passArrayF64ToWasm0(b, wasm.__wbindgen_malloc);
        len3 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr3) { wasm.__wbindgen_free(ptr3, len3 * 8, 8); }
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.linalg_inv(val5, ptr0, len0, ptr1, len1, val6, ptr2, len2, ptr3, len3);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v7 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v7;
}

/**
 * @param {number} da
 * @param {Int32Array | number[]} sa
 * @param {Float64Array | number[]} a
 * @param {number} db
 * @param {Int32Array | number[]} sb
 * @param {Float64Array | number[]} b
 * @returns {Float64Array}
 */
export function linalg_lstsq(da, sa, a, db, sb, b) {
    const val5 = +da;
    const val6 = +db;
    let ptr0, len0, ptr1, len1, ptr2, len2, ptr3, len3;
    try {
        ptr0 = passArray32ToWasm0(sa, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(a, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(sb, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
        ptr3 = passArrayF64ToWasm0(b, wasm.__wbindgen_malloc);
        len3 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr3) { wasm.__wbindgen_free(ptr3, len3 * 8, 8); }
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.linalg_lstsq(val5, ptr0, len0, ptr1, len1, val6, ptr2, len2, ptr3, len3);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v7 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v7;
}

/**
 * @param {number} da
 * @param {Int32Array | number[]} sa
 * @param {Float64Array | number[]} a
 * @param {number} db
 * @param {Int32Array | number[]} sb
 * @param {Float64Array | number[]} b
 * @returns {Float64Array}
 */
export function linalg_lu_diag(da, sa, a, db, sb, b) {
    const val5 = +da;
    const val6 = +db;
    let ptr0, len0, ptr1, len1, ptr2, len2, ptr3, len3;
    try {
        ptr0 = passArray32ToWasm0(sa, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(a, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(sb, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
        ptr3 = passArrayF64ToWasm0(b, wasm.__wbindgen_malloc);
        len3 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr3) { wasm.__wbindgen_free(ptr3, len3 * 8, 8); }
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.linalg_lu_diag(val5, ptr0, len0, ptr1, len1, val6, ptr2, len2, ptr3, len3);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v7 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v7;
}

/**
 * @param {number} da
 * @param {Int32Array | number[]} sa
 * @param {Float64Array | number[]} a
 * @param {number} db
 * @param {Int32Array | number[]} sb
 * @param {Float64Array | number[]} b
 * @returns {Float64Array}
 */
export function linalg_qr(da, sa, a, db, sb, b) {
    const val5 = +da;
    const val6 = +db;
    let ptr0, len0, ptr1, len1, ptr2, len2, ptr3, len3;
    try {
        ptr0 = passArray32ToWasm0(sa, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(a, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(sb, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
        ptr3 = passArrayF64ToWasm0(b, wasm.__wbindgen_malloc);
        len3 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr3) { wasm.__wbindgen_free(ptr3, len3 * 8, 8); }
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.linalg_qr(val5, ptr0, len0, ptr1, len1, val6, ptr2, len2, ptr3, len3);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v7 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v7;
}

/**
 * @param {number} da
 * @param {Int32Array | number[]} sa
 * @param {Float64Array | number[]} a
 * @param {number} db
 * @param {Int32Array | number[]} sb
 * @param {Float64Array | number[]} b
 * @returns {Float64Array}
 */
export function linalg_solve(da, sa, a, db, sb, b) {
    const val5 = +da;
    const val6 = +db;
    let ptr0, len0, ptr1, len1, ptr2, len2, ptr3, len3;
    try {
        ptr0 = passArray32ToWasm0(sa, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(a, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(sb, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
        ptr3 = passArrayF64ToWasm0(b, wasm.__wbindgen_malloc);
        len3 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr3) { wasm.__wbindgen_free(ptr3, len3 * 8, 8); }
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.linalg_solve(val5, ptr0, len0, ptr1, len1, val6, ptr2, len2, ptr3, len3);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v7 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v7;
}

/**
 * @param {number} da
 * @param {Int32Array | number[]} sa
 * @param {Float64Array | number[]} a
 * @param {number} db
 * @param {Int32Array | number[]} sb
 * @param {Float64Array | number[]} b
 * @returns {Float64Array}
 */
export function linalg_svd(da, sa, a, db, sb, b) {
    const val5 = +da;
    const val6 = +db;
    let ptr0, len0, ptr1, len1, ptr2, len2, ptr3, len3;
    try {
        ptr0 = passArray32ToWasm0(sa, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(a, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(sb, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
        ptr3 = passArrayF64ToWasm0(b, wasm.__wbindgen_malloc);
        len3 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr3) { wasm.__wbindgen_free(ptr3, len3 * 8, 8); }
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.linalg_svd(val5, ptr0, len0, ptr1, len1, val6, ptr2, len2, ptr3, len3);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v7 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v7;
}

/**
 * @param {number} da
 * @param {Int32Array | number[]} sa
 * @param {Float64Array | number[]} a
 * @param {number} db
 * @param {Int32Array | number[]} sb
 * @param {Float64Array | number[]} b
 * @returns {Float64Array}
 */
export function linalg_svd_r(da, sa, a, db, sb, b) {
    const val5 = +da;
    const val6 = +db;
    let ptr0, len0, ptr1, len1, ptr2, len2, ptr3, len3;
    try {
        ptr0 = passArray32ToWasm0(sa, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(a, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(sb, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
        ptr3 = passArrayF64ToWasm0(b, wasm.__wbindgen_malloc);
        len3 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr3) { wasm.__wbindgen_free(ptr3, len3 * 8, 8); }
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.linalg_svd_r(val5, ptr0, len0, ptr1, len1, val6, ptr2, len2, ptr3, len3);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v7 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v7;
}

/**
 * @param {number} start
 * @param {number} stop
 * @param {number} num
 * @param {boolean} endpoint
 * @returns {Float64Array}
 */
export function linspace(start, stop, num, endpoint) {
    const ret = wasm.linspace(start, stop, num, endpoint);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v1 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v1;
}

/**
 * @param {number} da
 * @param {Int32Array | number[]} sa
 * @param {Float64Array | number[]} a
 * @param {number} db
 * @param {Int32Array | number[]} sb
 * @param {Float64Array | number[]} b
 * @returns {Float64Array}
 */
export function matmul(da, sa, a, db, sb, b) {
    const val5 = +da;
    const val6 = +db;
    let ptr0, len0, ptr1, len1, ptr2, len2, ptr3, len3;
    try {
        ptr0 = passArray32ToWasm0(sa, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(a, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(sb, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
        ptr3 = passArrayF64ToWasm0(b, wasm.__wbindgen_malloc);
        len3 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr3) { wasm.__wbindgen_free(ptr3, len3 * 8, 8); }
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.matmul(val5, ptr0, len0, ptr1, len1, val6, ptr2, len2, ptr3, len3);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v7 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v7;
}

/**
 * `a @ b` of C-ordered `n x k` and `k x m` blocks of dtype `dtype` (`numpy/linalg.mjs`
 * broadcasts, promotes, checks shapes and raises NumPy's errors itself): the kernel NumPy
 * programs' products use, which reaches none of the generic array code `matmul`/`dot` do.
 * @param {number} dtype
 * @param {number} n
 * @param {number} k
 * @param {number} m
 * @param {Float64Array | number[]} a
 * @param {Float64Array | number[]} b
 * @returns {Float64Array}
 */
export function matmulBlock(dtype, n, k, m, a, b) {
    const val3 = +dtype;
    const val4 = +n;
    const val5 = +k;
    const val6 = +m;
    let ptr0, len0, ptr1, len1;
    try {
        ptr0 = passArrayF64ToWasm0(a, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(b, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 8, 8); }
        throw e;
    }
    const ret = wasm.matmulBlock(val3, val4, val5, val6, ptr0, len0, ptr1, len1);
    var v7 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v7;
}

/**
 * `a @ b` for float64 matrices `a` (`n x k`) and `b` (`k x m`), each C-ordered or, with
 * `a_t`/`b_t`, Fortran-ordered (the C-ordered data of its transpose): the product alone,
 * without the general `matmul`'s array conversions; the result's data.
 * @param {Float64Array | number[]} a
 * @param {boolean} a_t
 * @param {Float64Array | number[]} b
 * @param {boolean} b_t
 * @param {number} n
 * @param {number} k
 * @param {number} m
 * @returns {Float64Array}
 */
export function matmulF64(a, a_t, b, b_t, n, k, m) {
    const val3 = +a_t;
    const val4 = +b_t;
    const val5 = +n;
    const val6 = +k;
    const val7 = +m;
    let ptr0, len0, ptr1, len1;
    try {
        ptr0 = passArrayF64ToWasm0(a, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(b, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 8, 8); }
        throw e;
    }
    const ret = wasm.matmulF64(ptr0, len0, val3, ptr1, len1, val4, val5, val6, val7);
    var v8 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v8;
}

/**
 * NumPy's pairwise sum of contiguous float64 data.
 * @param {Float64Array | number[]} data
 * @returns {number}
 */
export function pairwiseSum(data) {
    const ptr0 = passArrayF64ToWasm0(data, wasm.__wbindgen_malloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.pairwiseSum(ptr0, len0);
    return ret;
}

/**
 * `np.percentile(a, q, axis)`.
 * @param {number} dtype
 * @param {Int32Array | number[]} shape
 * @param {Float64Array | number[]} data
 * @param {number} q
 * @param {boolean} has_axis
 * @param {number} axis
 * @param {boolean} keepdims
 * @returns {Float64Array}
 */
export function percentile(dtype, shape, data, q, has_axis, axis, keepdims) {
    const val3 = +dtype;
    const val4 = +q;
    const val5 = +has_axis;
    const val6 = +axis;
    const val7 = +keepdims;
    let ptr0, len0, ptr1, len1;
    try {
        ptr0 = passArray32ToWasm0(shape, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(data, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.percentile(val3, ptr0, len0, ptr1, len1, val4, val5, val6, val7);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v8 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v8;
}

/**
 * Legacy `choice` of indices into a population of `pop` (`p` empty = uniform).
 * @param {number} pop
 * @param {number} size
 * @param {boolean} replace
 * @param {Float64Array | number[]} p
 * @returns {Float64Array}
 */
export function randomChoice(pop, size, replace, p) {
    const val2 = +pop;
    const val3 = +size;
    const val4 = +replace;
    const ptr0 = passArrayF64ToWasm0(p, wasm.__wbindgen_malloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.randomChoice(val2, val3, val4, ptr0, len0);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v5 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v5;
}

/**
 * Legacy float draws by name: rand/random/random_sample, randn/standard_normal,
 * normal(a=loc, b=scale), uniform(a=low, b=high).
 * @param {string} name
 * @param {number} n
 * @param {number} a
 * @param {number} b
 * @returns {Float64Array}
 */
export function randomFloats(name, n, a, b) {
    const val2 = +n;
    const val3 = +a;
    const val4 = +b;
    const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.randomFloats(ptr0, len0, val2, val3, val4);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v5 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v5;
}

/**
 * `np.random.get_state()`: 624 key words, pos, has_gauss, cached gaussian.
 * @returns {Float64Array}
 */
export function randomGetState() {
    const ret = wasm.randomGetState();
    var v1 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v1;
}

/**
 * @param {number} n
 * @returns {Float64Array}
 */
export function randomPermutation(n) {
    const ret = wasm.randomPermutation(n);
    var v1 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v1;
}

/**
 * @param {number} low
 * @param {number} high
 * @param {number} n
 * @returns {Float64Array}
 */
export function randomRandint(low, high, n) {
    const ret = wasm.randomRandint(low, high, n);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v1 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v1;
}

/**
 * `np.random.seed(n)`.
 * @param {number} seed
 */
export function randomSeed(seed) {
    const ret = wasm.randomSeed(seed);
    if (ret[1]) {
        throw takeFromExternrefTable0(ret[0]);
    }
}

/**
 * `np.random.set_state(state)` (the shim checks the tuple).
 * @param {Float64Array | number[]} s
 */
export function randomSetState(s) {
    const ptr0 = passArrayF64ToWasm0(s, wasm.__wbindgen_malloc);
    const len0 = WASM_VECTOR_LEN;
    wasm.randomSetState(ptr0, len0);
}

/**
 * The row order legacy `shuffle` gives an array of `n` rows.
 * @param {number} n
 * @returns {Float64Array}
 */
export function randomShuffle(n) {
    const ret = wasm.randomShuffle(n);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v1 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v1;
}

/**
 * `np.random.RandomState(seed)`: a slot id for `randomStateSwap` (never freed; a program makes few).
 * @param {number} seed
 * @returns {number}
 */
export function randomStateNew(seed) {
    const ret = wasm.randomStateNew(seed);
    if (ret[2]) {
        throw takeFromExternrefTable0(ret[1]);
    }
    return ret[0] >>> 0;
}

/**
 * Swaps slot `id` with the global legacy state: a `RandomState` method swaps its state in,
 * draws through the legacy kernels, and swaps it back out.
 * @param {number} id
 */
export function randomStateSwap(id) {
    wasm.randomStateSwap(id);
}

/**
 * @param {number} dtype
 * @param {Int32Array | number[]} shape
 * @param {Float64Array | number[]} data
 * @param {boolean} has_axis
 * @param {Int32Array | number[]} axes_
 * @param {boolean} kd
 * @param {number} ddof
 * @returns {Float64Array}
 */
export function reduce_all(dtype, shape, data, has_axis, axes_, kd, ddof) {
    const val4 = +dtype;
    const val5 = +has_axis;
    const val6 = +kd;
    const val7 = +ddof;
    let ptr0, len0, ptr1, len1, ptr2, len2;
    try {
        ptr0 = passArray32ToWasm0(shape, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(data, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(axes_, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.reduce_all(val4, ptr0, len0, ptr1, len1, val5, ptr2, len2, val6, val7);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v8 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v8;
}

/**
 * @param {number} dtype
 * @param {Int32Array | number[]} shape
 * @param {Float64Array | number[]} data
 * @param {boolean} has_axis
 * @param {Int32Array | number[]} axes_
 * @param {boolean} kd
 * @param {number} ddof
 * @returns {Float64Array}
 */
export function reduce_any(dtype, shape, data, has_axis, axes_, kd, ddof) {
    const val4 = +dtype;
    const val5 = +has_axis;
    const val6 = +kd;
    const val7 = +ddof;
    let ptr0, len0, ptr1, len1, ptr2, len2;
    try {
        ptr0 = passArray32ToWasm0(shape, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(data, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(axes_, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.reduce_any(val4, ptr0, len0, ptr1, len1, val5, ptr2, len2, val6, val7);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v8 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v8;
}

/**
 * @param {number} dtype
 * @param {Int32Array | number[]} shape
 * @param {Float64Array | number[]} data
 * @param {boolean} has_axis
 * @param {Int32Array | number[]} axes_
 * @param {boolean} kd
 * @param {number} ddof
 * @returns {Float64Array}
 */
export function reduce_argmax(dtype, shape, data, has_axis, axes_, kd, ddof) {
    const val4 = +dtype;
    const val5 = +has_axis;
    const val6 = +kd;
    const val7 = +ddof;
    let ptr0, len0, ptr1, len1, ptr2, len2;
    try {
        ptr0 = passArray32ToWasm0(shape, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(data, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(axes_, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.reduce_argmax(val4, ptr0, len0, ptr1, len1, val5, ptr2, len2, val6, val7);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v8 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v8;
}

/**
 * @param {number} dtype
 * @param {Int32Array | number[]} shape
 * @param {Float64Array | number[]} data
 * @param {boolean} has_axis
 * @param {Int32Array | number[]} axes_
 * @param {boolean} kd
 * @param {number} ddof
 * @returns {Float64Array}
 */
export function reduce_argmin(dtype, shape, data, has_axis, axes_, kd, ddof) {
    const val4 = +dtype;
    const val5 = +has_axis;
    const val6 = +kd;
    const val7 = +ddof;
    let ptr0, len0, ptr1, len1, ptr2, len2;
    try {
        ptr0 = passArray32ToWasm0(shape, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(data, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(axes_, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.reduce_argmin(val4, ptr0, len0, ptr1, len1, val5, ptr2, len2, val6, val7);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v8 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v8;
}

/**
 * @param {number} dtype
 * @param {Int32Array | number[]} shape
 * @param {Float64Array | number[]} data
 * @param {boolean} has_axis
 * @param {Int32Array | number[]} axes_
 * @param {boolean} kd
 * @param {number} ddof
 * @returns {Float64Array}
 */
export function reduce_count_nonzero(dtype, shape, data, has_axis, axes_, kd, ddof) {
    const val4 = +dtype;
    const val5 = +has_axis;
    const val6 = +kd;
    const val7 = +ddof;
    let ptr0, len0, ptr1, len1, ptr2, len2;
    try {
        ptr0 = passArray32ToWasm0(shape, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(data, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(axes_, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.reduce_count_nonzero(val4, ptr0, len0, ptr1, len1, val5, ptr2, len2, val6, val7);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v8 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v8;
}

/**
 * @param {number} dtype
 * @param {Int32Array | number[]} shape
 * @param {Float64Array | number[]} data
 * @param {boolean} has_axis
 * @param {Int32Array | number[]} axes_
 * @param {boolean} kd
 * @param {number} ddof
 * @returns {Float64Array}
 */
export function reduce_cumprod(dtype, shape, data, has_axis, axes_, kd, ddof) {
    const val4 = +dtype;
    const val5 = +has_axis;
    const val6 = +kd;
    const val7 = +ddof;
    let ptr0, len0, ptr1, len1, ptr2, len2;
    try {
        ptr0 = passArray32ToWasm0(shape, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(data, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(axes_, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.reduce_cumprod(val4, ptr0, len0, ptr1, len1, val5, ptr2, len2, val6, val7);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v8 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v8;
}

/**
 * @param {number} dtype
 * @param {Int32Array | number[]} shape
 * @param {Float64Array | number[]} data
 * @param {boolean} has_axis
 * @param {Int32Array | number[]} axes_
 * @param {boolean} kd
 * @param {number} ddof
 * @returns {Float64Array}
 */
export function reduce_cumsum(dtype, shape, data, has_axis, axes_, kd, ddof) {
    const val4 = +dtype;
    const val5 = +has_axis;
    const val6 = +kd;
    const val7 = +ddof;
    let ptr0, len0, ptr1, len1, ptr2, len2;
    try {
        ptr0 = passArray32ToWasm0(shape, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(data, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(axes_, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.reduce_cumsum(val4, ptr0, len0, ptr1, len1, val5, ptr2, len2, val6, val7);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v8 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v8;
}

/**
 * @param {number} dtype
 * @param {Int32Array | number[]} shape
 * @param {Float64Array | number[]} data
 * @param {boolean} has_axis
 * @param {Int32Array | number[]} axes_
 * @param {boolean} kd
 * @param {number} ddof
 * @returns {Float64Array}
 */
export function reduce_max(dtype, shape, data, has_axis, axes_, kd, ddof) {
    const val4 = +dtype;
    const val5 = +has_axis;
    const val6 = +kd;
    const val7 = +ddof;
    let ptr0, len0, ptr1, len1, ptr2, len2;
    try {
        ptr0 = passArray32ToWasm0(shape, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(data, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(axes_, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.reduce_max(val4, ptr0, len0, ptr1, len1, val5, ptr2, len2, val6, val7);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v8 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v8;
}

/**
 * @param {number} dtype
 * @param {Int32Array | number[]} shape
 * @param {Float64Array | number[]} data
 * @param {boolean} has_axis
 * @param {Int32Array | number[]} axes_
 * @param {boolean} kd
 * @param {number} ddof
 * @returns {Float64Array}
 */
export function reduce_mean(dtype, shape, data, has_axis, axes_, kd, ddof) {
    const val4 = +dtype;
    const val5 = +has_axis;
    const val6 = +kd;
    const val7 = +ddof;
    let ptr0, len0, ptr1, len1, ptr2, len2;
    try {
        ptr0 = passArray32ToWasm0(shape, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(data, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(axes_, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.reduce_mean(val4, ptr0, len0, ptr1, len1, val5, ptr2, len2, val6, val7);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v8 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v8;
}

/**
 * @param {number} dtype
 * @param {Int32Array | number[]} shape
 * @param {Float64Array | number[]} data
 * @param {boolean} has_axis
 * @param {Int32Array | number[]} axes_
 * @param {boolean} kd
 * @param {number} ddof
 * @returns {Float64Array}
 */
export function reduce_median(dtype, shape, data, has_axis, axes_, kd, ddof) {
    const val4 = +dtype;
    const val5 = +has_axis;
    const val6 = +kd;
    const val7 = +ddof;
    let ptr0, len0, ptr1, len1, ptr2, len2;
    try {
        ptr0 = passArray32ToWasm0(shape, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(data, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(axes_, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.reduce_median(val4, ptr0, len0, ptr1, len1, val5, ptr2, len2, val6, val7);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v8 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v8;
}

/**
 * @param {number} dtype
 * @param {Int32Array | number[]} shape
 * @param {Float64Array | number[]} data
 * @param {boolean} has_axis
 * @param {Int32Array | number[]} axes_
 * @param {boolean} kd
 * @param {number} ddof
 * @returns {Float64Array}
 */
export function reduce_min(dtype, shape, data, has_axis, axes_, kd, ddof) {
    const val4 = +dtype;
    const val5 = +has_axis;
    const val6 = +kd;
    const val7 = +ddof;
    let ptr0, len0, ptr1, len1, ptr2, len2;
    try {
        ptr0 = passArray32ToWasm0(shape, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(data, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(axes_, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.reduce_min(val4, ptr0, len0, ptr1, len1, val5, ptr2, len2, val6, val7);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v8 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v8;
}

/**
 * @param {number} dtype
 * @param {Int32Array | number[]} shape
 * @param {Float64Array | number[]} data
 * @param {boolean} has_axis
 * @param {Int32Array | number[]} axes_
 * @param {boolean} kd
 * @param {number} ddof
 * @returns {Float64Array}
 */
export function reduce_nanmean(dtype, shape, data, has_axis, axes_, kd, ddof) {
    const val4 = +dtype;
    const val5 = +has_axis;
    const val6 = +kd;
    const val7 = +ddof;
    let ptr0, len0, ptr1, len1, ptr2, len2;
    try {
        ptr0 = passArray32ToWasm0(shape, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(data, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(axes_, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.reduce_nanmean(val4, ptr0, len0, ptr1, len1, val5, ptr2, len2, val6, val7);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v8 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v8;
}

/**
 * @param {number} dtype
 * @param {Int32Array | number[]} shape
 * @param {Float64Array | number[]} data
 * @param {boolean} has_axis
 * @param {Int32Array | number[]} axes_
 * @param {boolean} kd
 * @param {number} ddof
 * @returns {Float64Array}
 */
export function reduce_nansum(dtype, shape, data, has_axis, axes_, kd, ddof) {
    const val4 = +dtype;
    const val5 = +has_axis;
    const val6 = +kd;
    const val7 = +ddof;
    let ptr0, len0, ptr1, len1, ptr2, len2;
    try {
        ptr0 = passArray32ToWasm0(shape, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(data, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(axes_, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.reduce_nansum(val4, ptr0, len0, ptr1, len1, val5, ptr2, len2, val6, val7);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v8 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v8;
}

/**
 * @param {number} dtype
 * @param {Int32Array | number[]} shape
 * @param {Float64Array | number[]} data
 * @param {boolean} has_axis
 * @param {Int32Array | number[]} axes_
 * @param {boolean} kd
 * @param {number} ddof
 * @returns {Float64Array}
 */
export function reduce_prod(dtype, shape, data, has_axis, axes_, kd, ddof) {
    const val4 = +dtype;
    const val5 = +has_axis;
    const val6 = +kd;
    const val7 = +ddof;
    let ptr0, len0, ptr1, len1, ptr2, len2;
    try {
        ptr0 = passArray32ToWasm0(shape, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(data, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(axes_, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.reduce_prod(val4, ptr0, len0, ptr1, len1, val5, ptr2, len2, val6, val7);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v8 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v8;
}

/**
 * @param {number} dtype
 * @param {Int32Array | number[]} shape
 * @param {Float64Array | number[]} data
 * @param {boolean} has_axis
 * @param {Int32Array | number[]} axes_
 * @param {boolean} kd
 * @param {number} ddof
 * @returns {Float64Array}
 */
export function reduce_ptp(dtype, shape, data, has_axis, axes_, kd, ddof) {
    const val4 = +dtype;
    const val5 = +has_axis;
    const val6 = +kd;
    const val7 = +ddof;
    let ptr0, len0, ptr1, len1, ptr2, len2;
    try {
        ptr0 = passArray32ToWasm0(shape, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(data, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(axes_, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.reduce_ptp(val4, ptr0, len0, ptr1, len1, val5, ptr2, len2, val6, val7);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v8 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v8;
}

/**
 * @param {number} dtype
 * @param {Int32Array | number[]} shape
 * @param {Float64Array | number[]} data
 * @param {boolean} has_axis
 * @param {Int32Array | number[]} axes_
 * @param {boolean} kd
 * @param {number} ddof
 * @returns {Float64Array}
 */
export function reduce_std(dtype, shape, data, has_axis, axes_, kd, ddof) {
    const val4 = +dtype;
    const val5 = +has_axis;
    const val6 = +kd;
    const val7 = +ddof;
    let ptr0, len0, ptr1, len1, ptr2, len2;
    try {
        ptr0 = passArray32ToWasm0(shape, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(data, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(axes_, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.reduce_std(val4, ptr0, len0, ptr1, len1, val5, ptr2, len2, val6, val7);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v8 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v8;
}

/**
 * @param {number} dtype
 * @param {Int32Array | number[]} shape
 * @param {Float64Array | number[]} data
 * @param {boolean} has_axis
 * @param {Int32Array | number[]} axes_
 * @param {boolean} kd
 * @param {number} ddof
 * @returns {Float64Array}
 */
export function reduce_sum(dtype, shape, data, has_axis, axes_, kd, ddof) {
    const val4 = +dtype;
    const val5 = +has_axis;
    const val6 = +kd;
    const val7 = +ddof;
    let ptr0, len0, ptr1, len1, ptr2, len2;
    try {
        ptr0 = passArray32ToWasm0(shape, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(data, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(axes_, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.reduce_sum(val4, ptr0, len0, ptr1, len1, val5, ptr2, len2, val6, val7);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v8 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v8;
}

/**
 * @param {number} dtype
 * @param {Int32Array | number[]} shape
 * @param {Float64Array | number[]} data
 * @param {boolean} has_axis
 * @param {Int32Array | number[]} axes_
 * @param {boolean} kd
 * @param {number} ddof
 * @returns {Float64Array}
 */
export function reduce_var(dtype, shape, data, has_axis, axes_, kd, ddof) {
    const val4 = +dtype;
    const val5 = +has_axis;
    const val6 = +kd;
    const val7 = +ddof;
    let ptr0, len0, ptr1, len1, ptr2, len2;
    try {
        ptr0 = passArray32ToWasm0(shape, wasm.__wbindgen_malloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passArrayF64ToWasm0(data, wasm.__wbindgen_malloc);
        len1 = WASM_VECTOR_LEN;
        ptr2 = passArray32ToWasm0(axes_, wasm.__wbindgen_malloc);
        len2 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 4, 4); }
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
        throw e;
    }
    const ret = wasm.reduce_var(val4, ptr0, len0, ptr1, len1, val5, ptr2, len2, val6, val7);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v8 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v8;
}

/**
 * `repr(a)`.
 * @param {number} dtype
 * @param {Int32Array | number[]} shape
 * @param {Float64Array | number[]} data
 * @returns {string}
 */
export function repr(dtype, shape, data) {
    let deferred4_0;
    let deferred4_1;
    try {
        const val3 = +dtype;
        let ptr0, len0, ptr1, len1;
        try {
            ptr0 = passArray32ToWasm0(shape, wasm.__wbindgen_malloc);
            len0 = WASM_VECTOR_LEN;
            ptr1 = passArrayF64ToWasm0(data, wasm.__wbindgen_malloc);
            len1 = WASM_VECTOR_LEN;
        } catch (e) {
            if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
            if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
            throw e;
        }
        const ret = wasm.repr(val3, ptr0, len0, ptr1, len1);
        deferred4_0 = ret[0];
        deferred4_1 = ret[1];
        return getStringFromWasm0(ret[0], ret[1]);
    } finally {
        wasm.__wbindgen_free(deferred4_0, deferred4_1, 1);
    }
}

/**
 * @param {number} id
 * @param {number} pop
 * @param {number} size
 * @param {boolean} replace
 * @param {Float64Array | number[]} p
 * @returns {Float64Array}
 */
export function rngChoice(id, pop, size, replace, p) {
    const val2 = +id;
    const val3 = +pop;
    const val4 = +size;
    const val5 = +replace;
    const ptr0 = passArrayF64ToWasm0(p, wasm.__wbindgen_malloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.rngChoice(val2, val3, val4, val5, ptr0, len0);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v6 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v6;
}

/**
 * random/standard_normal/normal(a, b)/uniform(a, b)/exponential(a).
 * @param {number} id
 * @param {string} name
 * @param {number} n
 * @param {number} a
 * @param {number} b
 * @returns {Float64Array}
 */
export function rngFloats(id, name, n, a, b) {
    const val2 = +id;
    const val3 = +n;
    const val4 = +a;
    const val5 = +b;
    const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
    const len0 = WASM_VECTOR_LEN;
    const ret = wasm.rngFloats(val2, ptr0, len0, val3, val4, val5);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v6 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v6;
}

/**
 * @returns {boolean}
 */
export function rngHasZiggurat() {
    const ret = wasm.rngHasZiggurat();
    return ret !== 0;
}

/**
 * @param {number} id
 * @param {number} low
 * @param {number} high
 * @param {number} n
 * @returns {Float64Array}
 */
export function rngIntegers(id, low, high, n) {
    const ret = wasm.rngIntegers(id, low, high, n);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v1 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v1;
}

/**
 * One `random_interval(max)` draw of generator `id` (uniform in `0..=max`, masked rejection).
 * @param {number} id
 * @param {number} max
 * @returns {number}
 */
export function rngInterval(id, max) {
    const ret = wasm.rngInterval(id, max);
    return ret;
}

/**
 * `np.random.default_rng(seed)`: a generator id. A negative seed means "from JS entropy".
 * @param {number} seed
 * @returns {number}
 */
export function rngNew(seed) {
    const ret = wasm.rngNew(seed);
    return ret >>> 0;
}

/**
 * @param {number} id
 * @param {number} n
 * @returns {Float64Array}
 */
export function rngPermutation(id, n) {
    const ret = wasm.rngPermutation(id, n);
    var v1 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v1;
}

/**
 * The ziggurat tables (`random::ziggurat::set_tables`), passed in by `numpy/random.mjs`
 * before its first generator, so that programs without `default_rng` do not download them.
 * @param {Uint8Array | number[]} bytes
 */
export function rngSetZiggurat(bytes) {
    const ptr0 = passArray8ToWasm0(bytes, wasm.__wbindgen_malloc);
    const len0 = WASM_VECTOR_LEN;
    wasm.rngSetZiggurat(ptr0, len0);
}

/**
 * @param {number} id
 * @param {number} n
 * @returns {Float64Array}
 */
export function rngShuffle(id, n) {
    const ret = wasm.rngShuffle(id, n);
    if (ret[3]) {
        throw takeFromExternrefTable0(ret[2]);
    }
    var v1 = getArrayF64FromWasm0(ret[0], ret[1]).slice();
    wasm.__wbindgen_free(ret[0], ret[1] * 8, 8);
    return v1;
}

/**
 * `repr()` of a NumPy scalar: `np.float64(1.5)`.
 * @param {number} value
 * @param {number} kind
 * @returns {string}
 */
export function scalarRepr(value, kind) {
    let deferred1_0;
    let deferred1_1;
    try {
        const ret = wasm.scalarRepr(value, kind);
        deferred1_0 = ret[0];
        deferred1_1 = ret[1];
        return getStringFromWasm0(ret[0], ret[1]);
    } finally {
        wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
}

/**
 * `str()` of a NumPy scalar: `1.5`.
 * @param {number} value
 * @param {number} kind
 * @returns {string}
 */
export function scalarStr(value, kind) {
    let deferred1_0;
    let deferred1_1;
    try {
        const ret = wasm.scalarStr(value, kind);
        deferred1_0 = ret[0];
        deferred1_1 = ret[1];
        return getStringFromWasm0(ret[0], ret[1]);
    } finally {
        wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
    }
}

/**
 * `np.set_printoptions`: negative numbers (and an unknown floatmode) leave an option as is.
 * @param {number} precision
 * @param {number} suppress
 * @param {number} threshold
 * @param {number} edgeitems
 * @param {number} linewidth
 * @param {string} floatmode
 * @param {string} sign
 */
export function setPrintOptions(precision, suppress, threshold, edgeitems, linewidth, floatmode, sign) {
    const val3 = +precision;
    const val4 = +suppress;
    const val5 = +threshold;
    const val6 = +edgeitems;
    const val7 = +linewidth;
    let ptr0, len0, ptr1, len1;
    try {
        ptr0 = passStringToWasm0(floatmode, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        len0 = WASM_VECTOR_LEN;
        ptr1 = passStringToWasm0(sign, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        len1 = WASM_VECTOR_LEN;
    } catch (e) {
        if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 1, 1); }
        if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 1, 1); }
        throw e;
    }
    wasm.setPrintOptions(val3, val4, val5, val6, val7, ptr0, len0, ptr1, len1);
}

/**
 * @param {Float64Array} x
 * @param {boolean} cosine
 * @returns {number}
 */
export function sinCosF64(x, cosine) {
    const val2 = +cosine;
    var ptr0 = passArrayF64ToWasm0(x, wasm.__wbindgen_malloc);
    var len0 = WASM_VECTOR_LEN;
    const ret = wasm.sinCosF64(ptr0, len0, x, val2);
    return ret >>> 0;
}

/**
 * @returns {boolean}
 */
export function sinCosHasTable() {
    const ret = wasm.sinCosHasTable();
    return ret !== 0;
}

/**
 * `np.sin` (`cosine` false) / `np.cos` of float64 data in place (`trig.rs`); arguments of
 * magnitude 105414350 and above, infinities and NaN stay unchanged for the JS side. Returns
 * how many did.
 * The sin/cos table `trig.rs` needs (`_libm.mjs::sinCosTable`), before the first `sinCosF64`.
 * @param {Float64Array | number[]} t
 */
export function sinCosSetTable(t) {
    const ptr0 = passArrayF64ToWasm0(t, wasm.__wbindgen_malloc);
    const len0 = WASM_VECTOR_LEN;
    wasm.sinCosSetTable(ptr0, len0);
}

/**
 * `str(a)` / `print(a)`.
 * @param {number} dtype
 * @param {Int32Array | number[]} shape
 * @param {Float64Array | number[]} data
 * @returns {string}
 */
export function str(dtype, shape, data) {
    let deferred4_0;
    let deferred4_1;
    try {
        const val3 = +dtype;
        let ptr0, len0, ptr1, len1;
        try {
            ptr0 = passArray32ToWasm0(shape, wasm.__wbindgen_malloc);
            len0 = WASM_VECTOR_LEN;
            ptr1 = passArrayF64ToWasm0(data, wasm.__wbindgen_malloc);
            len1 = WASM_VECTOR_LEN;
        } catch (e) {
            if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 8, 8); }
            if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 4, 4); }
            throw e;
        }
        const ret = wasm.str(val3, ptr0, len0, ptr1, len1);
        deferred4_0 = ret[0];
        deferred4_1 = ret[1];
        return getStringFromWasm0(ret[0], ret[1]);
    } finally {
        wasm.__wbindgen_free(deferred4_0, deferred4_1, 1);
    }
}
function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg___wbindgen_copy_to_typed_array_680b191e71920dc1: function(arg0, arg1, arg2) {
            new Uint8Array(arg2.buffer, arg2.byteOffset, arg2.byteLength).set(getArrayU8FromWasm0(arg0, arg1));
        },
        __wbg___wbindgen_throw_4c88d8bf264fd984: function(arg0, arg1) {
            throw new Error(getStringFromWasm0(arg0, arg1));
        },
        __wbg_new_787b9fb330d55d78: function(arg0, arg1) {
            const ret = new Error(getStringFromWasm0(arg0, arg1));
            return ret;
        },
        __wbg_random_df36b90cd78a7d54: function() {
            const ret = Math.random();
            return ret;
        },
        __wbg_set_name_822e3903f3184979: function(arg0, arg1, arg2) {
            arg0.name = getStringFromWasm0(arg1, arg2);
        },
        __wbindgen_init_externref_table: function() {
            const table = wasm.__wbindgen_externrefs;
            table.set(0, undefined);
            table.set(1024, undefined);
            table.set(1025, null);
            table.set(1026, true);
            table.set(1027, false);
        },
    };
    return {
        __proto__: null,
        "./_kernels_bg.js": import0,
    };
}

function getArrayF64FromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return getFloat64ArrayMemory0().subarray(ptr / 8, ptr / 8 + len);
}

function getArrayU8FromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return getUint8ArrayMemory0().subarray(ptr / 1, ptr / 1 + len);
}

let cachedFloat64ArrayMemory0 = null;
function getFloat64ArrayMemory0() {
    if (cachedFloat64ArrayMemory0 === null || cachedFloat64ArrayMemory0.byteLength === 0) {
        cachedFloat64ArrayMemory0 = new Float64Array(wasm.memory.buffer);
    }
    return cachedFloat64ArrayMemory0;
}

function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}

let cachedUint32ArrayMemory0 = null;
function getUint32ArrayMemory0() {
    if (cachedUint32ArrayMemory0 === null || cachedUint32ArrayMemory0.byteLength === 0) {
        cachedUint32ArrayMemory0 = new Uint32Array(wasm.memory.buffer);
    }
    return cachedUint32ArrayMemory0;
}

let cachedUint8ArrayMemory0 = null;
function getUint8ArrayMemory0() {
    if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
        cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
    }
    return cachedUint8ArrayMemory0;
}

function passArray32ToWasm0(arg, malloc) {
    const ptr = malloc(arg.length * 4, 4) >>> 0;
    getUint32ArrayMemory0().set(arg, ptr / 4);
    WASM_VECTOR_LEN = arg.length;
    return ptr;
}

function passArray8ToWasm0(arg, malloc) {
    const ptr = malloc(arg.length * 1, 1) >>> 0;
    getUint8ArrayMemory0().set(arg, ptr / 1);
    WASM_VECTOR_LEN = arg.length;
    return ptr;
}

function passArrayF64ToWasm0(arg, malloc) {
    const ptr = malloc(arg.length * 8, 8) >>> 0;
    getFloat64ArrayMemory0().set(arg, ptr / 8);
    WASM_VECTOR_LEN = arg.length;
    return ptr;
}

function passStringToWasm0(arg, malloc, realloc) {
    if (realloc === undefined) {
        const buf = cachedTextEncoder.encode(arg);
        const ptr = malloc(buf.length, 1) >>> 0;
        getUint8ArrayMemory0().subarray(ptr, ptr + buf.length).set(buf);
        WASM_VECTOR_LEN = buf.length;
        return ptr;
    }

    let len = arg.length;
    let ptr = malloc(len, 1) >>> 0;

    const mem = getUint8ArrayMemory0();

    let offset = 0;

    for (; offset < len; offset++) {
        const code = arg.charCodeAt(offset);
        if (code > 0x7F) break;
        mem[ptr + offset] = code;
    }
    if (offset !== len) {
        if (offset !== 0) {
            arg = arg.slice(offset);
        }
        ptr = realloc(ptr, len, len = offset + arg.length * 3, 1) >>> 0;
        const view = getUint8ArrayMemory0().subarray(ptr + offset, ptr + len);
        const ret = cachedTextEncoder.encodeInto(arg, view);

        offset += ret.written;
        ptr = realloc(ptr, len, offset, 1) >>> 0;
    }

    WASM_VECTOR_LEN = offset;
    return ptr;
}

function takeFromExternrefTable0(idx) {
    const value = wasm.__wbindgen_externrefs.get(idx);
    wasm.__externref_table_dealloc(idx);
    return value;
}

let cachedTextDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
cachedTextDecoder.decode();
const MAX_SAFARI_DECODE_BYTES = 2146435072;
let numBytesDecoded = 0;
function decodeText(bytes) {
    numBytesDecoded += bytes.length;
    if (numBytesDecoded >= MAX_SAFARI_DECODE_BYTES) {
        cachedTextDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
        cachedTextDecoder.decode();
        numBytesDecoded = bytes.length;
    }
    return cachedTextDecoder.decode(bytes);
}

const cachedTextEncoder = new TextEncoder();

if (!('encodeInto' in cachedTextEncoder)) {
    cachedTextEncoder.encodeInto = function (arg, view) {
        const buf = cachedTextEncoder.encode(arg);
        view.set(buf);
        return {
            read: arg.length,
            written: buf.length
        };
    };
}

let WASM_VECTOR_LEN = 0;

let wasmModule, wasmInstance, wasm;
function __wbg_finalize_init(instance, module) {
    wasmInstance = instance;
    wasm = instance.exports;
    wasmModule = module;
    cachedFloat64ArrayMemory0 = null;
    cachedUint32ArrayMemory0 = null;
    cachedUint8ArrayMemory0 = null;
    wasm.__wbindgen_start();
    return wasm;
}

async function __wbg_load(module, imports) {
    if (typeof Response === 'function' && module instanceof Response) {
        if (!module.ok) {
            throw new Error(`failed to fetch Wasm: ${module.status} ${module.statusText} fetching '${module.url}'`);
        }

        if (typeof WebAssembly.instantiateStreaming === 'function') {
            try {
                return await WebAssembly.instantiateStreaming(module, imports);
            } catch (e) {
                const validResponse = expectedResponseType(module.type);

                if (validResponse && module.headers.get('Content-Type') !== 'application/wasm') {
                    console.warn("`WebAssembly.instantiateStreaming` failed because your server does not serve Wasm with `application/wasm` MIME type. Falling back to `WebAssembly.instantiate` which is slower. Original error:\n", e);

                } else { throw e; }
            }
        }

        const bytes = await module.arrayBuffer();
        return await WebAssembly.instantiate(bytes, imports);
    } else {
        const instance = await WebAssembly.instantiate(module, imports);

        if (instance instanceof WebAssembly.Instance) {
            return { instance, module };
        } else {
            return instance;
        }
    }

    function expectedResponseType(type) {
        switch (type) {
            case 'basic': case 'cors': case 'default': return true;
        }
        return false;
    }
}

function initSync(module) {
    if (wasm !== undefined) return wasm;


    if (module !== undefined) {
        if (Object.getPrototypeOf(module) === Object.prototype) {
            ({module} = module)
        } else {
            console.warn('using deprecated parameters for `initSync()`; pass a single object instead')
        }
    }

    const imports = __wbg_get_imports();
    if (!(module instanceof WebAssembly.Module)) {
        module = new WebAssembly.Module(module);
    }
    const instance = new WebAssembly.Instance(module, imports);
    return __wbg_finalize_init(instance, module);
}

let __wbg_init_promise;
async function __wbg_init(module_or_path) {
    if (wasm !== undefined) return wasm;
    if (__wbg_init_promise === undefined) {
        __wbg_init_promise = __wbg_init_once(module_or_path);
        __wbg_init_promise.catch(() => { __wbg_init_promise = undefined; });
    }
    return __wbg_init_promise;
}

async function __wbg_init_once(module_or_path) {

    if (module_or_path !== undefined) {
        if (Object.getPrototypeOf(module_or_path) === Object.prototype) {
            ({module_or_path} = module_or_path)
        } else {
            console.warn('using deprecated parameters for the initialization function; pass a single object instead')
        }
    }

    if (module_or_path === undefined) {
        module_or_path = new URL('_kernels_bg.wasm', import.meta.url);
    }
    const imports = __wbg_get_imports();

    if (typeof module_or_path === 'string' || (typeof Request === 'function' && module_or_path instanceof Request) || (typeof URL === 'function' && module_or_path instanceof URL)) {
        module_or_path = fetch(module_or_path);
    }

    const { instance, module } = await __wbg_load(await module_or_path, imports);

    return __wbg_finalize_init(instance, module);
}

export { initSync, __wbg_init as default };
