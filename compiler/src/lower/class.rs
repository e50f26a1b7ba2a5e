//! Class definitions.
//!
//! ```python
//! class Point(Base):
//!     dims = 2
//!     def norm(self):
//!         return self.x
//! ```
//! becomes
//! ```js
//! Point = $mkclass("Point", [Base], (Point$cls) => {
//!     Point$cls.__module__ = "__main__";
//!     Point$cls.dims = 2;
//!     Point$cls.norm = $fn(function norm$$() { ...; const self = this; return $ga(self, "x"); }, {...});
//! });
//! ```
//! The class object is the prototype of its instances (see stdlib-shims/CONTRACT.md).

use swc_common::DUMMY_SP;
use swc_ecma_ast::Stmt as JsStmt;

use super::Lowerer;
use crate::js;
use crate::names;
use crate::parse::{ast::*, start};
use crate::semantic::NodeKind;

impl Lowerer<'_> {
    pub(super) fn class_def(&mut self, c: &StmtClassDef) -> Vec<JsStmt> {
        let name = c.name.as_str();
        let decos: Vec<_> = c.decorator_list.iter().map(|d| self.expr(d)).collect();
        let bases = self.elements_of(&c.bases, "arr");
        let mut meta = js::null();
        let mut kwargs = vec![];
        for k in &c.keywords {
            let v = self.expr(&k.value);
            match k.arg.as_ref().map(|a| a.as_str()) {
                Some("metaclass") => meta = v,
                Some(other) => kwargs.push((other.to_string(), v)),
                None => {}
            }
        }

        let cls_obj = format!("{}$cls", names::mangle(name));
        let scope = self.sem.scope_of(start(c.range), NodeKind::Class);
        let prev = self.scope;
        self.scope = scope;
        if c.bases.iter().any(|b| !matches!(b, Expr::Name(n) if n.id.as_str() == "object")) {
            self.maybe_meta.insert(cls_obj.clone());
        }
        self.class_objs.push(cls_obj.clone());
        if c.bases.iter().any(|b| self.resolves_to_builtin(b, "type")) {
            self.metaclass_objs.insert(cls_obj.clone());
        }
        let qual = format!("{}{}", self.qual_prefix, name);
        let saved_prefix = std::mem::replace(&mut self.qual_prefix, format!("{qual}."));
        let mut body = vec![
            js::expr_stmt(
                js::assign(js::member(js::id(&cls_obj), "__module__"), js::str_lit(&self.py_module_name())),
                DUMMY_SP,
            ),
            js::expr_stmt(js::assign(js::member(js::id(&cls_obj), "__qualname__"), js::str_lit(&qual)), DUMMY_SP),
        ];
        let doc = super::docstring(&c.body).map(js::str_lit).unwrap_or_else(js::null);
        body.push(js::expr_stmt(js::assign(js::member(js::id(&cls_obj), "__doc__"), doc), DUMMY_SP));
        body.extend(self.stmts(&c.body));
        self.qual_prefix = saved_prefix;
        self.class_objs.pop();
        self.scope = prev;

        let mk = self.h("mkclass");
        // The body is a function named `NAME$$$`, which the traceback printer shows as `NAME`,
        // the frame name CPython gives a class body.
        let body_fn = js::function(
            js::FnOpts {
                name: Some(format!("{}$$$", names::mangle(name))),
                is_generator: false,
                is_async: false,
                span: DUMMY_SP,
            },
            vec![js::param(&cls_obj)],
            body,
        );
        let mut args = vec![js::str_lit(name), bases, body_fn, meta];
        if !kwargs.is_empty() {
            let props: Vec<(&str, _)> = kwargs.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
            args.push(js::object(props));
        }
        // The span maps a frame inside the class statement (metaclass, `__init_subclass__`,
        // `__set_name__`) to its `class` line.
        let mut value = self.call_sp(mk, args, self.span(c.range));
        for d in decos.into_iter().rev() {
            value = js::call(d, vec![value]);
        }
        let target = self.name_ref(name);
        vec![js::expr_stmt(js::assign(target, value), self.span(c.range))]
    }
}
