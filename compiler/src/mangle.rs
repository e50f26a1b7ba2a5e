//! Shorter local names in the shipped runtime (size, issue #2/#3).
//!
//! Runtime code is printed without whitespace (`bundle::print`); this renames the variables
//! *inside* functions (parameters, `let`/`const`/`var`, `catch` bindings) to the shortest names
//! that cannot capture or shadow anything their scope uses, which saves ~10% of the gzipped JS
//! a program loads:
//!
//! ```js
//! function nargs(name,n,min,max){if(n<min)throw TypeError(`${name} expected ...`);...}
//! function nargs(a,b,c,d){if(b<c)throw TypeError(`${a} expected ...`);...}
//! ```
//!
//! What keeps its name: every top-level binding (the bundle's items and exports refer to each
//! other by name), every function or class declaration or named expression (`.name` shows in
//! reprs and errors), a binding a `.name` is inferred from (`const f = () => ...`,
//! `x = function () {}`, `{cb = () => {}}` defaults), names no binding in the text declares
//! (globals, other items' top-level names, `arguments`). A shorthand property `{x}` of a renamed
//! `x` is written out (`{x:a}`).
//!
//! Two passes: [`Resolve`] builds the scope tree and tags every identifier with its binding
//! (`Ident::ctxt`, which the printer ignores), recording for each scope which outer bindings
//! and free names its subtree uses; names are chosen top-down; [`Apply`] rewrites the tagged
//! identifiers. Runtime modules are strict (ES modules), so there is no `with` and no sloppy
//! block functions; the shims use no direct `eval`.

use rustc_hash::{FxHashMap, FxHashSet};
use swc_common::{SyntaxContext, DUMMY_SP};
use swc_ecma_ast::*;
use swc_ecma_visit::{VisitMut, VisitMutWith};

/// Rename the function-local variables of these module items (see the module doc).
pub fn mangle(items: &mut [ModuleItem]) {
    let mut r = Resolve::default();
    r.scopes.push(Scope::default());
    let stmts: Vec<&Stmt> = items
        .iter()
        .filter_map(|it| match it {
            ModuleItem::Stmt(s) => Some(s),
            _ => None,
        })
        .collect();
    r.declare_block(0, stmts.iter().copied());
    for s in &stmts {
        r.hoist(0, None, s);
    }
    for it in items.iter() {
        if let ModuleItem::ModuleDecl(d) = it {
            match d {
                ModuleDecl::Import(imp) => {
                    for s in &imp.specifiers {
                        let l = match s {
                            ImportSpecifier::Named(n) => &n.local,
                            ImportSpecifier::Default(n) => &n.local,
                            ImportSpecifier::Namespace(n) => &n.local,
                        };
                        r.declare(0, &l.sym, true);
                    }
                }
                ModuleDecl::ExportDecl(e) => r.declare_decl(0, &e.decl),
                _ => {}
            }
        }
    }
    for it in items.iter_mut() {
        it.visit_mut_with(&mut r);
    }
    let names = r.choose();
    let mut a = Apply { names: &names };
    for it in items.iter_mut() {
        it.visit_mut_with(&mut a);
    }
}

enum Body<'a> {
    None,
    Stmts(&'a mut Vec<Stmt>),
    Expr(&'a mut Box<Expr>),
}

impl<'a> Body<'a> {
    fn of(b: Option<&'a mut FunctionBody>) -> Self {
        b.map_or(Body::None, |b| Body::Stmts(&mut b.stmts))
    }
}

#[derive(Default)]
struct Scope {
    parent: Option<usize>,
    /// Declared names → binding.
    names: FxHashMap<swc_atoms::Atom, usize>,
    /// Bindings in order of declaration.
    order: Vec<usize>,
    /// A function's body (its parent holds the parameters) or a `catch` body: a declaration
    /// there may not take a name of its parent's (a parameter's: `function(a){let a}` is an
    /// early error, and `function(a){var a}` the same variable).
    body: bool,
    /// Bindings declared outside this scope that its subtree refers to.
    outer: FxHashSet<usize>,
    /// Names its subtree uses that no binding in the text declares.
    free: FxHashSet<swc_atoms::Atom>,
}

struct Binding {
    name: swc_atoms::Atom,
    scope: usize,
    pinned: bool,
}

#[derive(Default)]
struct Resolve {
    scopes: Vec<Scope>,
    binds: Vec<Binding>,
    cur: usize,
}

fn tag(b: usize) -> SyntaxContext {
    SyntaxContext::from_u32(b as u32 + 1)
}

fn tagged(i: &Ident) -> Option<usize> {
    let c = i.ctxt.as_u32();
    (c != 0).then(|| c as usize - 1)
}

/// `IsAnonymousFunctionDefinition`: a binding it is assigned to gives it its `.name`.
fn anonymous_fn(e: &Expr) -> bool {
    match e {
        Expr::Fn(f) => f.ident.is_none(),
        Expr::Class(c) => c.ident.is_none(),
        Expr::Arrow(_) => true,
        Expr::Paren(p) => anonymous_fn(&p.expr),
        _ => false,
    }
}

fn pat_idents<'a>(p: &'a Pat, out: &mut Vec<&'a Ident>) {
    match p {
        Pat::Ident(b) => out.push(&b.id),
        Pat::Array(a) => a.elems.iter().flatten().for_each(|e| pat_idents(e, out)),
        Pat::Rest(r) => pat_idents(&r.arg, out),
        Pat::Object(o) => {
            for p in &o.props {
                match p {
                    ObjectPatProp::KeyValue(kv) => pat_idents(&kv.value, out),
                    ObjectPatProp::Assign(a) => out.push(&a.key.id),
                    ObjectPatProp::Rest(r) => pat_idents(&r.arg, out),
                }
            }
        }
        Pat::Assign(a) => pat_idents(&a.left, out),
        Pat::Invalid(_) | Pat::Expr(_) => {}
    }
}

impl Resolve {
    fn push(&mut self, body: bool) {
        self.scopes.push(Scope { parent: Some(self.cur), body, ..Default::default() });
        self.cur = self.scopes.len() - 1;
    }

    fn pop(&mut self) {
        self.cur = self.scopes[self.cur].parent.unwrap_or(0);
    }

    fn declare(&mut self, scope: usize, name: &swc_atoms::Atom, pinned: bool) {
        if let Some(&b) = self.scopes[scope].names.get(name) {
            self.binds[b].pinned |= pinned;
            return;
        }
        let b = self.binds.len();
        self.binds.push(Binding { name: name.clone(), scope, pinned });
        self.scopes[scope].names.insert(name.clone(), b);
        self.scopes[scope].order.push(b);
    }

    fn declare_pat(&mut self, scope: usize, p: &Pat) {
        let mut ids = vec![];
        pat_idents(p, &mut ids);
        for i in ids {
            self.declare(scope, &i.sym, false);
        }
    }

    fn declare_decl(&mut self, scope: usize, d: &Decl) {
        match d {
            Decl::Fn(f) => self.declare(scope, &f.ident.sym, true),
            Decl::Class(c) => self.declare(scope, &c.ident.sym, true),
            Decl::Var(v) if v.kind != VarDeclKind::Var => {
                for d in &v.decls {
                    self.declare_pat(scope, &d.name);
                }
            }
            _ => {}
        }
    }

    /// The lexical declarations (`let`, `const`, `class`, `function`) directly in a block.
    fn declare_block<'a>(&mut self, scope: usize, stmts: impl Iterator<Item = &'a Stmt>) {
        for s in stmts {
            if let Stmt::Decl(d) = s {
                self.declare_decl(scope, d);
            }
        }
    }

    /// `var` declarations anywhere in a function body (not in nested functions). A `var`
    /// naming a parameter (declared in scope `params`) is that parameter.
    fn hoist(&mut self, scope: usize, params: Option<usize>, s: &Stmt) {
        let var = |this: &mut Self, v: &VarDecl| {
            if v.kind == VarDeclKind::Var {
                for d in &v.decls {
                    let mut ids = vec![];
                    pat_idents(&d.name, &mut ids);
                    for i in ids {
                        if params.is_some_and(|p| this.scopes[p].names.contains_key(&i.sym)) {
                            continue;
                        }
                        this.declare(scope, &i.sym, false);
                    }
                }
            }
        };
        match s {
            Stmt::Decl(Decl::Var(v)) => var(self, v),
            Stmt::Block(b) => b.stmts.iter().for_each(|s| self.hoist(scope, params, s)),
            Stmt::If(i) => {
                self.hoist(scope, params, &i.cons);
                if let Some(a) = &i.alt {
                    self.hoist(scope, params, a);
                }
            }
            Stmt::For(f) => {
                if let Some(VarDeclOrExpr::VarDecl(v)) = &f.init {
                    var(self, v);
                }
                self.hoist(scope, params, &f.body);
            }
            Stmt::ForIn(ForInStmt { left, body, .. }) | Stmt::ForOf(ForOfStmt { left, body, .. }) => {
                if let ForHead::VarDecl(v) = left {
                    var(self, v);
                }
                self.hoist(scope, params, body);
            }
            Stmt::While(w) => self.hoist(scope, params, &w.body),
            Stmt::DoWhile(w) => self.hoist(scope, params, &w.body),
            Stmt::Labeled(l) => self.hoist(scope, params, &l.body),
            Stmt::Try(t) => {
                t.block.stmts.iter().for_each(|s| self.hoist(scope, params, s));
                if let Some(h) = &t.handler {
                    h.body.stmts.iter().for_each(|s| self.hoist(scope, params, s));
                }
                if let Some(f) = &t.finalizer {
                    f.stmts.iter().for_each(|s| self.hoist(scope, params, s));
                }
            }
            Stmt::Switch(sw) => {
                for c in &sw.cases {
                    c.cons.iter().for_each(|s| self.hoist(scope, params, s));
                }
            }
            _ => {}
        }
    }

    /// A function: its parameters in one scope, its body's declarations in a child scope.
    fn function(&mut self, params: &mut [&mut Pat], body: Body) {
        self.push(false);
        let p = self.cur;
        for pat in params.iter() {
            self.declare_pat(p, pat);
        }
        for pat in params.iter_mut() {
            pat.visit_mut_with(self);
        }
        if let Body::Expr(e) = body {
            e.visit_mut_with(self);
        } else if let Body::Stmts(stmts) = body {
            self.push(true);
            let b = self.cur;
            self.declare_block(b, stmts.iter());
            for s in stmts.iter() {
                self.hoist(b, Some(p), s);
            }
            stmts.visit_mut_with(self);
            self.pop();
        }
        self.pop();
    }

    /// Enter the scope of a `for (let x of ...)` head; false for `var` or a plain target.
    fn for_head(&mut self, h: &ForHead) -> bool {
        match h {
            ForHead::VarDecl(v) if v.kind != VarDeclKind::Var => {
                self.push(false);
                for d in &v.decls {
                    self.declare_pat(self.cur, &d.name);
                }
                true
            }
            _ => false,
        }
    }

    fn pin(&mut self, i: &Ident) {
        if let Some(b) = tagged(i) {
            self.binds[b].pinned = true;
        }
    }

    /// New names, by binding (`None`: keeps its name).
    fn choose(&self) -> Vec<Option<swc_atoms::Atom>> {
        let mut names: Vec<Option<swc_atoms::Atom>> = vec![None; self.binds.len()];
        // Names of pinned bindings, seen from every enclosing scope.
        let mut pinned_below: Vec<FxHashSet<swc_atoms::Atom>> = vec![FxHashSet::default(); self.scopes.len()];
        for b in &self.binds {
            if b.pinned || b.scope == 0 {
                let mut s = Some(b.scope);
                while let Some(i) = s {
                    pinned_below[i].insert(b.name.clone());
                    s = self.scopes[i].parent;
                }
            }
        }
        let final_name = |names: &Vec<Option<swc_atoms::Atom>>, b: usize| -> swc_atoms::Atom {
            names[b].clone().unwrap_or_else(|| self.binds[b].name.clone())
        };
        // Scopes are numbered in pre-order: parents are named before their children.
        for (si, sc) in self.scopes.iter().enumerate() {
            if si == 0 || sc.order.iter().all(|&b| self.binds[b].pinned) {
                continue;
            }
            let mut taken: FxHashSet<swc_atoms::Atom> = sc.free.clone();
            taken.extend(pinned_below[si].iter().cloned());
            for &o in &sc.outer {
                taken.insert(final_name(&names, o));
            }
            if let (true, Some(p)) = (sc.body, sc.parent) {
                for &b in &self.scopes[p].order {
                    taken.insert(final_name(&names, b));
                }
            }
            let mut next = 0usize;

            for &b in &sc.order {
                if self.binds[b].pinned {
                    continue;
                }
                let n = loop {
                    let n: swc_atoms::Atom = short_name(next).into();
                    next += 1;
                    if !taken.contains(&n) {
                        break n;
                    }
                };
                taken.insert(n.clone());
                names[b] = Some(n);
            }
        }
        names
    }
}

/// Letters by how often they occur in the minified runtime, so that a short name is most often
/// a byte gzip already expects there.
/// (Declaration order, not most-used-first: the first parameter of most functions is then the
/// same letter, which gzip likes better; measured on the size test's program.)
const FIRST: &[u8] = b"tenrisaolcufdpbhmgy_wxkvjqzOEISATNPCMDFLRBUHKGVYWXZQJ";
const REST: &[u8] = b"tenrisaolcufdpbhmgy_wxkvjqzOEISATNPCMDFLRBUHKGVYWXZQJ0123456789";
const RESERVED: &[&str] = &[
    "do", "if", "in", "for", "let", "new", "try", "var", "NaN", "case", "else", "enum", "eval", "null", "this", "true",
    "void", "with",
];

/// The `i`-th identifier of the sequence `e`, `t`, .., `ee`, .. (a reserved word gets a `$`).
fn short_name(mut i: usize) -> String {
    let (first, rest) = (FIRST, REST);
    let mut s = String::new();
    if i < first.len() {
        s.push(first[i] as char);
    } else {
        i -= first.len();
        s.push(first[(i / rest.len()) % first.len()] as char);
        s.push(rest[i % rest.len()] as char);
        let mut hi = i / rest.len() / first.len();
        while hi > 0 {
            s.push(rest[hi % rest.len()] as char);
            hi /= rest.len();
        }
    }
    if RESERVED.contains(&s.as_str()) {
        s.push('$');
    }
    s
}

impl VisitMut for Resolve {
    fn visit_mut_ident(&mut self, i: &mut Ident) {
        let mut s = Some(self.cur);
        while let Some(si) = s {
            if let Some(&b) = self.scopes[si].names.get(&i.sym) {
                i.ctxt = tag(b);
                let mut t = self.cur;
                while t != si {
                    self.scopes[t].outer.insert(b);
                    t = self.scopes[t].parent.unwrap_or(0);
                }
                return;
            }
            s = self.scopes[si].parent;
        }
        let mut t = Some(self.cur);
        while let Some(ti) = t {
            if !self.scopes[ti].free.insert(i.sym.clone()) {
                break;
            }
            t = self.scopes[ti].parent;
        }
    }

    fn visit_mut_function(&mut self, f: &mut Function) {
        f.decorators.visit_mut_with(self);
        let mut pats: Vec<&mut Pat> = f.params.iter_mut().map(|p| &mut p.pat).collect();
        self.function(&mut pats, Body::of(f.body.as_mut()));
    }

    fn visit_mut_arrow_expr(&mut self, f: &mut ArrowExpr) {
        let mut pats: Vec<&mut Pat> = f.params.iter_mut().collect();
        match &mut *f.body {
            ArrowFunctionBody::FunctionBody(b) => self.function(&mut pats, Body::Stmts(&mut b.stmts)),
            ArrowFunctionBody::Expr(e) => self.function(&mut pats, Body::Expr(e)),
        }
    }

    fn visit_mut_constructor(&mut self, c: &mut Constructor) {
        c.key.visit_mut_with(self);
        let mut pats: Vec<&mut Pat> = c
            .params
            .iter_mut()
            .filter_map(|p| match p {
                ParamOrTsParamProp::Param(p) => Some(&mut p.pat),
                ParamOrTsParamProp::TsParamProp(_) => None,
            })
            .collect();
        self.function(&mut pats, Body::of(c.body.as_mut()));
    }

    fn visit_mut_static_block(&mut self, b: &mut StaticBlock) {
        self.function(&mut [], Body::Stmts(&mut b.body.stmts));
    }

    fn visit_mut_fn_expr(&mut self, f: &mut FnExpr) {
        if let Some(id) = &mut f.ident {
            self.push(false);
            self.declare(self.cur, &id.sym, true);
            id.visit_mut_with(self);
            f.function.visit_mut_with(self);
            self.pop();
        } else {
            f.function.visit_mut_with(self);
        }
    }

    fn visit_mut_class_expr(&mut self, c: &mut ClassExpr) {
        if let Some(id) = &mut c.ident {
            self.push(false);
            self.declare(self.cur, &id.sym, true);
            id.visit_mut_with(self);
            c.class.visit_mut_with(self);
            self.pop();
        } else {
            c.class.visit_mut_with(self);
        }
    }

    fn visit_mut_block_stmt(&mut self, b: &mut BlockStmt) {
        self.push(false);
        self.declare_block(self.cur, b.stmts.iter());
        b.stmts.visit_mut_with(self);
        self.pop();
    }

    fn visit_mut_for_stmt(&mut self, f: &mut ForStmt) {
        let lexical = matches!(&f.init, Some(VarDeclOrExpr::VarDecl(v)) if v.kind != VarDeclKind::Var);
        if lexical {
            self.push(false);
            if let Some(VarDeclOrExpr::VarDecl(v)) = &f.init {
                for d in &v.decls {
                    self.declare_pat(self.cur, &d.name);
                }
            }
        }
        f.visit_mut_children_with(self);
        if lexical {
            self.pop();
        }
    }

    fn visit_mut_for_in_stmt(&mut self, f: &mut ForInStmt) {
        let lexical = self.for_head(&f.left);
        f.visit_mut_children_with(self);
        if lexical {
            self.pop();
        }
    }

    fn visit_mut_for_of_stmt(&mut self, f: &mut ForOfStmt) {
        let lexical = self.for_head(&f.left);
        f.visit_mut_children_with(self);
        if lexical {
            self.pop();
        }
    }

    fn visit_mut_catch_clause(&mut self, c: &mut CatchClause) {
        self.push(false);
        if let Some(p) = &c.param {
            self.declare_pat(self.cur, p);
        }
        c.param.visit_mut_with(self);
        self.push(true);
        self.declare_block(self.cur, c.body.stmts.iter());
        c.body.stmts.visit_mut_with(self);
        self.pop();
        self.pop();
    }

    fn visit_mut_switch_stmt(&mut self, s: &mut SwitchStmt) {
        s.discriminant.visit_mut_with(self);
        self.push(false);
        let cur = self.cur;
        for c in &s.cases {
            self.declare_block(cur, c.cons.iter());
        }
        s.cases.visit_mut_with(self);
        self.pop();
    }

    fn visit_mut_labeled_stmt(&mut self, l: &mut LabeledStmt) {
        l.body.visit_mut_with(self);
    }
    fn visit_mut_break_stmt(&mut self, _: &mut BreakStmt) {}
    fn visit_mut_continue_stmt(&mut self, _: &mut ContinueStmt) {}

    fn visit_mut_var_declarator(&mut self, d: &mut VarDeclarator) {
        d.visit_mut_children_with(self);
        if let (Pat::Ident(b), Some(init)) = (&d.name, &d.init) {
            if anonymous_fn(init) {
                self.pin(&b.id);
            }
        }
    }

    fn visit_mut_assign_expr(&mut self, a: &mut AssignExpr) {
        a.visit_mut_children_with(self);
        if let AssignTarget::Simple(SimpleAssignTarget::Ident(b)) = &a.left {
            if anonymous_fn(&a.right) {
                self.pin(&b.id);
            }
        }
    }

    fn visit_mut_assign_pat(&mut self, a: &mut AssignPat) {
        a.visit_mut_children_with(self);
        if let Pat::Ident(b) = &*a.left {
            if anonymous_fn(&a.right) {
                self.pin(&b.id);
            }
        }
    }

    fn visit_mut_assign_pat_prop(&mut self, a: &mut AssignPatProp) {
        a.visit_mut_children_with(self);
        if a.value.as_deref().is_some_and(anonymous_fn) {
            self.pin(&a.key.id);
        }
    }
}

/// Rewrites the identifiers [`Resolve`] tagged, and clears the tags.
struct Apply<'a> {
    names: &'a [Option<swc_atoms::Atom>],
}

impl Apply<'_> {
    fn new_name(&self, i: &Ident) -> Option<swc_atoms::Atom> {
        tagged(i).and_then(|b| self.names[b].clone())
    }
}

impl VisitMut for Apply<'_> {
    fn visit_mut_ident(&mut self, i: &mut Ident) {
        if let Some(n) = self.new_name(i) {
            i.sym = n;
        }
        i.ctxt = SyntaxContext::empty();
    }

    fn visit_mut_prop(&mut self, p: &mut Prop) {
        if let Prop::Shorthand(i) = p {
            if let Some(n) = self.new_name(i) {
                *p = Prop::KeyValue(KeyValueProp {
                    key: PropName::Ident(IdentName::new(i.sym.clone(), DUMMY_SP)),
                    value: Box::new(Expr::Ident(Ident::new_no_ctxt(n, DUMMY_SP))),
                });
                return;
            }
        }
        p.visit_mut_children_with(self);
    }

    fn visit_mut_object_pat_prop(&mut self, p: &mut ObjectPatProp) {
        if let ObjectPatProp::Assign(a) = p {
            if let Some(n) = self.new_name(&a.key.id) {
                let left = Pat::Ident(BindingIdent { id: Ident::new_no_ctxt(n, DUMMY_SP), type_ann: None });
                let value = match a.value.take() {
                    Some(mut v) => {
                        v.visit_mut_with(self);
                        Pat::Assign(AssignPat { span: DUMMY_SP, left: Box::new(left), right: v })
                    }
                    None => left,
                };
                *p = ObjectPatProp::KeyValue(KeyValuePatProp {
                    key: PropName::Ident(IdentName::new(a.key.id.sym.clone(), DUMMY_SP)),
                    value: Box::new(value),
                });
                return;
            }
        }
        p.visit_mut_children_with(self);
    }
}
