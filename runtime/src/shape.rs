//! Shape manipulation: `reshape` (with -1), `ravel`, `flatten`, `transpose`, `swapaxes`,
//! `expand_dims`, `squeeze`, `concatenate`, `stack`, `vstack`, `hstack`, `column_stack`,
//! `split`/`array_split`, `atleast_1d`/`atleast_2d`. Views whenever NumPy returns views.

use crate::array::{Array, Index, NdArray};
use crate::dtype::{DType, Element};
use crate::error::{norm_axis, norm_axis_named, Error, Result};
use crate::{map_typed, with_typed};

fn shape_req_str(shape: &[isize]) -> String {
    let parts: Vec<String> = shape.iter().map(|&d| if d < 0 { "newaxis".to_string() } else { d.to_string() }).collect();
    if parts.len() == 1 {
        format!("({},)", parts[0])
    } else {
        format!("({})", parts.join(","))
    }
}

/// Resolves a requested shape with at most one `-1` against `size`.
pub fn resolve_shape(size: usize, shape: &[isize]) -> Result<Vec<usize>> {
    let unknown: Vec<usize> = shape.iter().enumerate().filter(|(_, &d)| d < 0).map(|(i, _)| i).collect();
    if unknown.len() > 1 {
        return Err(Error::value("can only specify one unknown dimension"));
    }
    let known: usize = shape.iter().filter(|&&d| d >= 0).map(|&d| d as usize).product();
    let mut out: Vec<usize> = shape.iter().map(|&d| d.max(0) as usize).collect();
    if let Some(&u) = unknown.first() {
        if known == 0 || !size.is_multiple_of(known) {
            return Err(Error::value(format!(
                "cannot reshape array of size {size} into shape {}",
                shape_req_str(shape)
            )));
        }
        out[u] = size / known;
    } else if known != size {
        return Err(Error::value(format!("cannot reshape array of size {size} into shape {}", shape_req_str(shape))));
    }
    Ok(out)
}

fn reshape_typed<T: Element>(a: &NdArray<T>, shape: Vec<usize>) -> NdArray<T> {
    match a.reshaped_view(shape.clone()) {
        Some(v) => v,
        None => NdArray::from_vec(shape, a.to_vec()),
    }
}

/// `a.reshape(shape)`: a view of contiguous data, else a copy.
pub fn reshape(a: &Array, shape: &[isize]) -> Result<Array> {
    let shape = resolve_shape(a.size(), shape)?;
    Ok(map_typed!(a, x => reshape_typed(x, shape.clone())))
}

/// `a.ravel()`: a 1-D view when possible.
pub fn ravel(a: &Array) -> Array {
    let n = a.size();
    map_typed!(a, x => reshape_typed(x, vec![n]))
}

/// `a.flatten()`: always a copy.
pub fn flatten(a: &Array) -> Array {
    let n = a.size();
    map_typed!(a, x => NdArray::from_vec(vec![n], x.to_vec()))
}

/// `np.transpose(a, axes)`: a view.
pub fn transpose(a: &Array, axes: Option<&[isize]>) -> Result<Array> {
    let nd = a.ndim();
    let perm: Vec<usize> = match axes {
        None => (0..nd).rev().collect(),
        Some(ax) => {
            if ax.len() != nd {
                return Err(Error::value("axes don't match array"));
            }
            let p: Vec<usize> = ax.iter().map(|&x| norm_axis(x, nd)).collect::<Result<_>>()?;
            let mut seen = vec![false; nd];
            for &i in &p {
                if seen[i] {
                    return Err(Error::value("repeated axis in transpose"));
                }
                seen[i] = true;
            }
            p
        }
    };
    Ok(map_typed!(a, x => x.permuted(&perm)))
}

/// `np.swapaxes(a, i, j)`: a view.
pub fn swapaxes(a: &Array, i: isize, j: isize) -> Result<Array> {
    let nd = a.ndim();
    let (i, j) = (norm_axis_named(i, nd, "axis1")?, norm_axis_named(j, nd, "axis2")?);
    let mut perm: Vec<usize> = (0..nd).collect();
    perm.swap(i, j);
    Ok(map_typed!(a, x => x.permuted(&perm)))
}

/// Moves axis `src` to position `dst` (a view), as `np.moveaxis` with single axes.
pub fn moveaxis(a: &Array, src: usize, dst: usize) -> Array {
    let mut perm: Vec<usize> = (0..a.ndim()).filter(|&i| i != src).collect();
    perm.insert(dst, src);
    map_typed!(a, x => x.permuted(&perm))
}

/// `np.expand_dims(a, axis)`: a view.
pub fn expand_dims(a: &Array, axes: &[isize]) -> Result<Array> {
    let out_nd = a.ndim() + axes.len();
    let mut pos: Vec<usize> = axes.iter().map(|&x| norm_axis(x, out_nd)).collect::<Result<_>>()?;
    pos.sort_unstable();
    if pos.windows(2).any(|w| w[0] == w[1]) {
        return Err(Error::value("repeated axis"));
    }
    let mut idx = Vec::new();
    let mut k = 0;
    for i in 0..out_nd {
        if pos.get(k) == Some(&i) {
            idx.push(Index::NewAxis);
            k += 1;
        } else {
            idx.push(Index::Slice(None, None, None));
        }
    }
    a.index(&idx)
}

/// `np.squeeze(a, axis)`: a view.
pub fn squeeze(a: &Array, axes: Option<&[isize]>) -> Result<Array> {
    let nd = a.ndim();
    let drop: Vec<usize> = match axes {
        None => (0..nd).filter(|&i| a.shape()[i] == 1).collect(),
        Some(ax) => {
            let d: Vec<usize> = ax.iter().map(|&x| norm_axis(x, nd)).collect::<Result<_>>()?;
            if d.iter().any(|&i| a.shape()[i] != 1) {
                return Err(Error::value("cannot select an axis to squeeze out which has size not equal to one"));
            }
            d
        }
    };
    let idx: Vec<Index> =
        (0..nd).map(|i| if drop.contains(&i) { Index::Int(0) } else { Index::Slice(None, None, None) }).collect();
    a.index(&idx)
}

pub fn atleast_1d(a: &Array) -> Array {
    if a.ndim() == 0 {
        ravel(a)
    } else {
        a.clone()
    }
}

pub fn atleast_2d(a: &Array) -> Array {
    match a.ndim() {
        0 => reshape(a, &[1, 1]).expect("1 element"),
        1 => a.index(&[Index::NewAxis, Index::Ellipsis]).expect("view"),
        _ => a.clone(),
    }
}

/// `np.concatenate(arrays, axis)`; `axis=None` flattens first.
pub fn concatenate(arrays: &[Array], axis: Option<isize>) -> Result<Array> {
    if arrays.is_empty() {
        return Err(Error::value("need at least one array to concatenate"));
    }
    let (arrays, axis): (Vec<Array>, isize) = match axis {
        None => (arrays.iter().map(ravel).collect(), 0),
        Some(ax) => (arrays.to_vec(), ax),
    };
    let nd = arrays[0].ndim();
    if nd == 0 {
        return Err(Error::value("zero-dimensional arrays cannot be concatenated"));
    }
    let axis = norm_axis(axis, nd)?;
    for (i, a) in arrays.iter().enumerate().skip(1) {
        if a.ndim() != nd {
            return Err(Error::value(format!(
                "all the input arrays must have same number of dimensions, but the array at index 0 has {nd} dimension(s) and the array at index {i} has {} dimension(s)",
                a.ndim()
            )));
        }
        for d in 0..nd {
            if d != axis && a.shape()[d] != arrays[0].shape()[d] {
                return Err(Error::value(format!(
                    "all the input array dimensions except for the concatenation axis must match exactly, but along dimension {d}, the array at index 0 has size {} and the array at index {i} has size {}",
                    arrays[0].shape()[d],
                    a.shape()[d]
                )));
            }
        }
    }
    let dtype = arrays.iter().map(|a| a.dtype()).max().unwrap_or(DType::Float64);
    let mut shape = arrays[0].shape().to_vec();
    shape[axis] = arrays.iter().map(|a| a.shape()[axis]).sum();
    let out = crate::creation::zeros(&shape, dtype);
    let mut off = 0isize;
    for a in &arrays {
        let n = a.shape()[axis] as isize;
        let mut idx = vec![Index::Slice(None, None, None); nd];
        idx[axis] = Index::Slice(Some(off), Some(off + n), None);
        out.set_index(&idx, a)?;
        off += n;
    }
    Ok(out)
}

/// `np.stack(arrays, axis)`.
pub fn stack(arrays: &[Array], axis: isize) -> Result<Array> {
    if arrays.is_empty() {
        return Err(Error::value("need at least one array to stack"));
    }
    if arrays.iter().any(|a| a.shape() != arrays[0].shape()) {
        return Err(Error::value("all input arrays must have the same shape"));
    }
    let expanded: Vec<Array> = arrays.iter().map(|a| expand_dims(a, &[axis])).collect::<Result<_>>()?;
    let ax = norm_axis(axis, arrays[0].ndim() + 1)? as isize;
    concatenate(&expanded, Some(ax))
}

pub fn vstack(arrays: &[Array]) -> Result<Array> {
    let v: Vec<Array> = arrays.iter().map(atleast_2d).collect();
    concatenate(&v, Some(0))
}

pub fn hstack(arrays: &[Array]) -> Result<Array> {
    let v: Vec<Array> = arrays.iter().map(atleast_1d).collect();
    let axis = if v.first().is_some_and(|a| a.ndim() == 1) { 0 } else { 1 };
    concatenate(&v, Some(axis))
}

pub fn column_stack(arrays: &[Array]) -> Result<Array> {
    let v: Vec<Array> = arrays
        .iter()
        .map(|a| if a.ndim() < 2 { transpose(&atleast_2d(a), None).expect("2-d") } else { a.clone() })
        .collect();
    concatenate(&v, Some(1))
}

/// How to split: into `n` equal sections, or at the given indices.
#[derive(Clone, Debug, PartialEq)]
pub enum Split {
    Sections(usize),
    Indices(Vec<isize>),
}

/// `np.split` (`equal=true`, errors on unequal sections) and `np.array_split`. Views.
pub fn split(a: &Array, how: &Split, axis: isize, equal: bool) -> Result<Vec<Array>> {
    let axis = norm_axis(axis, a.ndim())?;
    let n = a.shape()[axis];
    let bounds: Vec<(isize, isize)> = match how {
        Split::Sections(0) => return Err(Error::value("number sections must be larger than 0.")),
        Split::Sections(k) => {
            if equal && !n.is_multiple_of(*k) {
                return Err(Error::value("array split does not result in an equal division"));
            }
            let (each, extra) = (n / k, n % k);
            let mut b = Vec::new();
            let mut start = 0;
            for i in 0..*k {
                let len = each + usize::from(i < extra);
                b.push((start as isize, (start + len) as isize));
                start += len;
            }
            b
        }
        Split::Indices(ix) => {
            let mut pts = vec![0isize];
            pts.extend(ix.iter().copied());
            pts.push(n as isize);
            pts.windows(2).map(|w| (w[0], w[1])).collect()
        }
    };
    bounds
        .into_iter()
        .map(|(s, e)| {
            let mut idx = vec![Index::Slice(None, None, None); a.ndim()];
            idx[axis] = Index::Slice(Some(s), Some(e), None);
            a.index(&idx)
        })
        .collect()
}

/// Shape of an array (convenience for callers holding an `Array`).
pub fn shape_of(a: &Array) -> Vec<usize> {
    with_typed!(a, x => x.shape().to_vec())
}
