//! Small constructors for swc's JavaScript AST, so lowering code reads like the JS it builds.
//!
//! swc's printer does not add parentheses, so every constructor that nests an expression
//! inside an operator wraps it with [`paren`] unless it is already atomic.

use swc_common::{Span, SyntaxContext, DUMMY_SP};
use swc_ecma_ast::*;

pub fn ident(name: &str) -> Ident {
    Ident::new_no_ctxt(name.into(), DUMMY_SP)
}

pub fn id(name: &str) -> Expr {
    Expr::Ident(ident(name))
}

pub fn str_lit(s: &str) -> Expr {
    Expr::Lit(Lit::Str(Str { span: DUMMY_SP, value: s.into(), raw: None }))
}

pub fn num(n: f64) -> Expr {
    if n < 0.0 || (n == 0.0 && n.is_sign_negative()) {
        unary(UnaryOp::Minus, Expr::Lit(Lit::Num(Number { span: DUMMY_SP, value: -n, raw: None })))
    } else {
        Expr::Lit(Lit::Num(Number { span: DUMMY_SP, value: n, raw: None }))
    }
}

pub fn bool_lit(b: bool) -> Expr {
    Expr::Lit(Lit::Bool(Bool { span: DUMMY_SP, value: b }))
}

pub fn null() -> Expr {
    Expr::Lit(Lit::Null(Null { span: DUMMY_SP }))
}

pub fn undefined() -> Expr {
    unary(UnaryOp::Void, num(0.0))
}

pub fn this() -> Expr {
    Expr::This(ThisExpr { span: DUMMY_SP })
}

/// Whether an expression can be an operand without parentheses.
fn is_atomic(e: &Expr) -> bool {
    matches!(
        e,
        Expr::Ident(_)
            | Expr::Lit(_)
            | Expr::Call(_)
            | Expr::Member(_)
            | Expr::Paren(_)
            | Expr::Array(_)
            | Expr::This(_)
            | Expr::New(_)
    ) && !matches!(e, Expr::Lit(Lit::Num(n)) if n.value < 0.0)
}

pub fn paren(e: Expr) -> Expr {
    if is_atomic(&e) {
        e
    } else {
        Expr::Paren(ParenExpr { span: DUMMY_SP, expr: Box::new(e) })
    }
}

pub fn arg(e: Expr) -> ExprOrSpread {
    ExprOrSpread { spread: None, expr: Box::new(e) }
}

pub fn spread(e: Expr) -> ExprOrSpread {
    ExprOrSpread { spread: Some(DUMMY_SP), expr: Box::new(e) }
}

pub fn call_args(callee: Expr, args: Vec<ExprOrSpread>, span: Span) -> Expr {
    Expr::Call(CallExpr {
        span,
        ctxt: SyntaxContext::empty(),
        callee: Callee::Expr(Box::new(paren_callee(callee))),
        args,
        type_args: None,
    })
}

fn paren_callee(e: Expr) -> Expr {
    match e {
        Expr::Fn(_) | Expr::Arrow(_) => Expr::Paren(ParenExpr { span: DUMMY_SP, expr: Box::new(e) }),
        e => paren(e),
    }
}

pub fn call(callee: Expr, args: Vec<Expr>) -> Expr {
    call_args(callee, args.into_iter().map(arg).collect(), DUMMY_SP)
}

pub fn call_sp(callee: Expr, args: Vec<Expr>, span: Span) -> Expr {
    call_args(callee, args.into_iter().map(arg).collect(), span)
}

pub fn new_expr(callee: Expr, args: Vec<Expr>) -> Expr {
    Expr::New(NewExpr {
        span: DUMMY_SP,
        ctxt: SyntaxContext::empty(),
        callee: Box::new(paren(callee)),
        args: Some(args.into_iter().map(arg).collect()),
        type_args: None,
    })
}

fn is_js_ident(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c == '$' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c == '$' || c.is_alphanumeric())
}

/// `obj.prop` (or `obj["prop"]` when `prop` is not an identifier).
/// [`member`] mapped to the source position `sp` (the object and the property name both).
pub fn member_sp(obj: Expr, prop: &str, sp: Span) -> Expr {
    match member(obj, prop) {
        Expr::Member(mut m) => {
            m.span = sp;
            if let MemberProp::Ident(id) = &mut m.prop {
                id.span = sp;
            }
            Expr::Member(m)
        }
        other => other,
    }
}

pub fn member(obj: Expr, prop: &str) -> Expr {
    let prop = if is_js_ident(prop) {
        MemberProp::Ident(IdentName::new(prop.into(), DUMMY_SP))
    } else {
        MemberProp::Computed(ComputedPropName { span: DUMMY_SP, expr: Box::new(str_lit(prop)) })
    };
    Expr::Member(MemberExpr { span: DUMMY_SP, obj: Box::new(paren_callee(obj)), prop })
}

/// `obj[index]`
pub fn index(obj: Expr, idx: Expr) -> Expr {
    Expr::Member(MemberExpr {
        span: DUMMY_SP,
        obj: Box::new(paren_callee(obj)),
        prop: MemberProp::Computed(ComputedPropName { span: DUMMY_SP, expr: Box::new(idx) }),
    })
}

pub fn bin(op: BinaryOp, l: Expr, r: Expr) -> Expr {
    Expr::Bin(BinExpr { span: DUMMY_SP, op, left: Box::new(paren(l)), right: Box::new(paren(r)) })
}

pub fn unary(op: UnaryOp, e: Expr) -> Expr {
    Expr::Unary(UnaryExpr { span: DUMMY_SP, op, arg: Box::new(paren(e)) })
}

pub fn not(e: Expr) -> Expr {
    unary(UnaryOp::Bang, e)
}

pub fn cond(test: Expr, cons: Expr, alt: Expr) -> Expr {
    Expr::Cond(CondExpr {
        span: DUMMY_SP,
        test: Box::new(paren(test)),
        cons: Box::new(paren(cons)),
        alt: Box::new(paren(alt)),
    })
}

pub fn seq(exprs: Vec<Expr>) -> Expr {
    if exprs.len() == 1 {
        return exprs.into_iter().next().unwrap();
    }
    Expr::Paren(ParenExpr {
        span: DUMMY_SP,
        expr: Box::new(Expr::Seq(SeqExpr {
            span: DUMMY_SP,
            exprs: exprs.into_iter().map(|e| Box::new(paren(e))).collect(),
        })),
    })
}

pub fn array(items: Vec<Expr>) -> Expr {
    Expr::Array(ArrayLit { span: DUMMY_SP, elems: items.into_iter().map(|e| Some(arg(e))).collect() })
}

pub fn array_spread(items: Vec<ExprOrSpread>) -> Expr {
    Expr::Array(ArrayLit { span: DUMMY_SP, elems: items.into_iter().map(Some).collect() })
}

/// An object literal with string keys.
pub fn object(props: Vec<(&str, Expr)>) -> Expr {
    Expr::Object(ObjectLit {
        span: DUMMY_SP,
        props: props
            .into_iter()
            .map(|(k, v)| {
                let key = if is_js_ident(k) {
                    PropName::Ident(IdentName::new(k.into(), DUMMY_SP))
                } else {
                    PropName::Str(Str { span: DUMMY_SP, value: k.into(), raw: None })
                };
                PropOrSpread::Prop(Box::new(Prop::KeyValue(KeyValueProp { key, value: Box::new(v) })))
            })
            .collect(),
    })
}

fn assign_target(target: Expr) -> AssignTarget {
    match target {
        Expr::Ident(i) => AssignTarget::Simple(SimpleAssignTarget::Ident(BindingIdent { id: i, type_ann: None })),
        Expr::Member(m) => AssignTarget::Simple(SimpleAssignTarget::Member(m)),
        Expr::Paren(p) => assign_target(*p.expr),
        other => panic!("js::assign to a non-target expression: {other:?}"),
    }
}

/// `target = value` as an expression. `target` must be an identifier or member expression.
pub fn assign(target: Expr, value: Expr) -> Expr {
    assign_op(AssignOp::Assign, target, value)
}

pub fn assign_op(op: AssignOp, target: Expr, value: Expr) -> Expr {
    Expr::Assign(AssignExpr { span: DUMMY_SP, op, left: assign_target(target), right: Box::new(value) })
}

pub fn yield_expr(arg: Option<Expr>, delegate: bool) -> Expr {
    Expr::Paren(ParenExpr {
        span: DUMMY_SP,
        expr: Box::new(Expr::Yield(YieldExpr { span: DUMMY_SP, arg: arg.map(Box::new), delegate })),
    })
}

pub fn await_expr(e: Expr) -> Expr {
    Expr::Paren(ParenExpr {
        span: DUMMY_SP,
        expr: Box::new(Expr::Await(AwaitExpr { span: DUMMY_SP, arg: Box::new(paren(e)) })),
    })
}

pub fn param(name: &str) -> Param {
    Param { span: DUMMY_SP, decorators: vec![], pat: Pat::Ident(BindingIdent { id: ident(name), type_ann: None }) }
}

pub fn rest_param(name: &str) -> Param {
    Param {
        span: DUMMY_SP,
        decorators: vec![],
        pat: Pat::Rest(RestPat {
            span: DUMMY_SP,
            dot3_token: DUMMY_SP,
            arg: Box::new(Pat::Ident(BindingIdent { id: ident(name), type_ann: None })),
            type_ann: None,
        }),
    }
}

pub struct FnOpts {
    pub name: Option<String>,
    pub is_generator: bool,
    pub is_async: bool,
    pub span: Span,
}

pub fn function(opts: FnOpts, params: Vec<Param>, body: Vec<Stmt>) -> Expr {
    Expr::Fn(FnExpr {
        ident: opts.name.as_deref().map(ident),
        function: Box::new(Function {
            params,
            decorators: vec![],
            span: opts.span,
            ctxt: SyntaxContext::empty(),
            body: Some(FunctionBody { span: DUMMY_SP, stmts: body }),
            this_param: None,
            is_generator: opts.is_generator,
            is_async: opts.is_async,
            type_params: None,
            return_type: None,
        }),
    })
}

/// `(params) => { body }`
pub fn arrow(params: Vec<&str>, body: Vec<Stmt>, is_async: bool) -> Expr {
    Expr::Arrow(ArrowExpr {
        span: DUMMY_SP,
        ctxt: SyntaxContext::empty(),
        params: params.into_iter().map(|p| Pat::Ident(BindingIdent { id: ident(p), type_ann: None })).collect(),
        body: Box::new(ArrowFunctionBody::FunctionBody(FunctionBody { span: DUMMY_SP, stmts: body })),
        is_async,
        is_generator: false,
        type_params: None,
        return_type: None,
    })
}

// ---- statements ----

pub fn expr_stmt(e: Expr, span: Span) -> Stmt {
    // An expression statement may not start with `function`, `{` or `class`.
    let e = match e {
        Expr::Fn(_) | Expr::Object(_) | Expr::Class(_) => Expr::Paren(ParenExpr { span: DUMMY_SP, expr: Box::new(e) }),
        e => e,
    };
    Stmt::Expr(ExprStmt { span, expr: Box::new(e) })
}

pub fn block(stmts: Vec<Stmt>) -> Stmt {
    Stmt::Block(BlockStmt { span: DUMMY_SP, ctxt: SyntaxContext::empty(), stmts })
}

pub fn block_stmt(stmts: Vec<Stmt>) -> BlockStmt {
    BlockStmt { span: DUMMY_SP, ctxt: SyntaxContext::empty(), stmts }
}

pub fn if_stmt(test: Expr, cons: Vec<Stmt>, alt: Option<Vec<Stmt>>, span: Span) -> Stmt {
    let alt = alt.map(|a| {
        // `else if` chains stay flat.
        if a.len() == 1 && matches!(a[0], Stmt::If(_)) {
            Box::new(a.into_iter().next().unwrap())
        } else {
            Box::new(block(a))
        }
    });
    Stmt::If(IfStmt { span, test: Box::new(test), cons: Box::new(block(cons)), alt })
}

pub fn while_stmt(test: Expr, body: Vec<Stmt>, span: Span) -> Stmt {
    Stmt::While(WhileStmt { span, test: Box::new(test), body: Box::new(block(body)) })
}

/// `for (let v = init; test; update) body`
pub fn for_stmt(decls: Vec<(&str, Expr)>, test: Expr, update: Expr, body: Vec<Stmt>, span: Span) -> Stmt {
    Stmt::For(ForStmt {
        span,
        init: Some(VarDeclOrExpr::VarDecl(Box::new(var_decl_kind(VarDeclKind::Let, decls)))),
        test: Some(Box::new(test)),
        update: Some(Box::new(update)),
        body: Box::new(block(body)),
    })
}

/// `for (const name of iter) body`; with `declare` false the name must already be declared.
pub fn for_of(name: &str, declare: bool, iter: Expr, body: Vec<Stmt>, is_await: bool, span: Span) -> Stmt {
    let left = if declare {
        ForHead::VarDecl(Box::new(VarDecl {
            span: DUMMY_SP,
            ctxt: SyntaxContext::empty(),
            kind: VarDeclKind::Const,
            declare: false,
            decls: vec![VarDeclarator {
                span: DUMMY_SP,
                name: Pat::Ident(BindingIdent { id: ident(name), type_ann: None }),
                init: None,
                definite: false,
            }],
        }))
    } else {
        ForHead::Pat(Box::new(Pat::Ident(BindingIdent { id: ident(name), type_ann: None })))
    };
    Stmt::ForOf(ForOfStmt { span, is_await, left, right: Box::new(iter), body: Box::new(block(body)) })
}

pub fn labeled(label: &str, body: Stmt) -> Stmt {
    Stmt::Labeled(LabeledStmt { span: DUMMY_SP, label: ident(label), body: Box::new(body) })
}

pub fn break_stmt(label: Option<&str>, span: Span) -> Stmt {
    Stmt::Break(BreakStmt { span, label: label.map(ident) })
}

pub fn continue_stmt(label: Option<&str>, span: Span) -> Stmt {
    Stmt::Continue(ContinueStmt { span, label: label.map(ident) })
}

pub fn return_stmt(e: Option<Expr>, span: Span) -> Stmt {
    Stmt::Return(ReturnStmt { span, arg: e.map(Box::new) })
}

pub fn throw_stmt(e: Expr, span: Span) -> Stmt {
    Stmt::Throw(ThrowStmt { span, arg: Box::new(e) })
}

pub fn try_stmt(body: Vec<Stmt>, catch: Option<(&str, Vec<Stmt>)>, finally: Option<Vec<Stmt>>, span: Span) -> Stmt {
    Stmt::Try(Box::new(TryStmt {
        span,
        block: block_stmt(body),
        handler: catch.map(|(name, stmts)| CatchClause {
            span: DUMMY_SP,
            param: Some(Pat::Ident(BindingIdent { id: ident(name), type_ann: None })),
            body: block_stmt(stmts),
        }),
        finalizer: finally.map(block_stmt),
    }))
}

fn var_decl_kind(kind: VarDeclKind, decls: Vec<(&str, Expr)>) -> VarDecl {
    VarDecl {
        span: DUMMY_SP,
        ctxt: SyntaxContext::empty(),
        kind,
        declare: false,
        decls: decls
            .into_iter()
            .map(|(n, init)| VarDeclarator {
                span: DUMMY_SP,
                name: Pat::Ident(BindingIdent { id: ident(n), type_ann: None }),
                init: Some(Box::new(init)),
                definite: false,
            })
            .collect(),
    }
}

pub fn const_decl(name: &str, init: Expr) -> Stmt {
    Stmt::Decl(Decl::Var(Box::new(var_decl_kind(VarDeclKind::Const, vec![(name, init)]))))
}

pub fn let_decl(name: &str, init: Expr) -> Stmt {
    Stmt::Decl(Decl::Var(Box::new(var_decl_kind(VarDeclKind::Let, vec![(name, init)]))))
}

/// `let a, b, c;`
pub fn let_names(names: &[String]) -> Stmt {
    let_names_init(names, |_| None)
}

/// `let a, b = init, c;` with an initializer for the names `init` gives one.
pub fn let_names_init(names: &[String], init: impl Fn(&str) -> Option<Expr>) -> Stmt {
    Stmt::Decl(Decl::Var(Box::new(VarDecl {
        span: DUMMY_SP,
        ctxt: SyntaxContext::empty(),
        kind: VarDeclKind::Let,
        declare: false,
        decls: names
            .iter()
            .map(|n| VarDeclarator {
                span: DUMMY_SP,
                name: Pat::Ident(BindingIdent { id: ident(n), type_ann: None }),
                init: init(n).map(Box::new),
                definite: false,
            })
            .collect(),
    })))
}

pub fn module_export_name(name: &str) -> ModuleExportName {
    if is_js_ident(name) {
        ModuleExportName::Ident(ident(name))
    } else {
        ModuleExportName::Str(Str { span: DUMMY_SP, value: name.into(), raw: None })
    }
}

/// `import { a as $a, b as $b } from "src";`
pub fn import_named(names: Vec<(String, String)>, src: &str) -> ModuleItem {
    ModuleItem::ModuleDecl(ModuleDecl::Import(ImportDecl {
        span: DUMMY_SP,
        specifiers: names
            .into_iter()
            .map(|(imported, local)| {
                ImportSpecifier::Named(ImportNamedSpecifier {
                    span: DUMMY_SP,
                    local: ident(&local),
                    imported: if imported == local { None } else { Some(module_export_name(&imported)) },
                    is_type_only: false,
                })
            })
            .collect(),
        src: Box::new(Str { span: DUMMY_SP, value: src.into(), raw: None }),
        type_only: false,
        with: None,
        phase: Default::default(),
    }))
}

/// `import * as local from "src";`
pub fn import_star(local: &str, src: &str) -> ModuleItem {
    ModuleItem::ModuleDecl(ModuleDecl::Import(ImportDecl {
        span: DUMMY_SP,
        specifiers: vec![ImportSpecifier::Namespace(ImportStarAsSpecifier { span: DUMMY_SP, local: ident(local) })],
        src: Box::new(Str { span: DUMMY_SP, value: src.into(), raw: None }),
        type_only: false,
        with: None,
        phase: Default::default(),
    }))
}

/// `export { local as exported, ... };`
pub fn export_names(names: Vec<(String, String)>) -> ModuleItem {
    ModuleItem::ModuleDecl(ModuleDecl::ExportNamed(NamedExport {
        span: DUMMY_SP,
        specifiers: names
            .into_iter()
            .map(|(local, exported)| {
                ExportSpecifier::Named(ExportNamedSpecifier {
                    span: DUMMY_SP,
                    orig: ModuleExportName::Ident(ident(&local)),
                    exported: if local == exported { None } else { Some(module_export_name(&exported)) },
                    is_type_only: false,
                })
            })
            .collect(),
        src: None,
        type_only: false,
        with: None,
    }))
}
