//! Elements and their numbering (R02xx, R03xx, R09xx): ids, references,
//! required lines, clause numbers, what is unused or cut off.

use crate::diagnostics::{Code, Problem};
use crate::source::Span;

use super::{a, label, problem};

/// R0201: two blocks with one id.
pub fn duplicate_id(id: &str, first_kind: &str, first: Span, kind: &str, second: Span) -> Problem {
    problem(
        Code::DuplicateId,
        format!(
            "the id `{id}` is used twice: by {} `{first_kind}` and by {} `{kind}`",
            a(first_kind),
            a(kind)
        ),
        vec![label(second, "used again here"), label(first, "first used here")],
        Some("ids name one element each across the regulation and its included files; rename one of them".to_owned()),
    )
}

/// R0202: a reference to an undeclared id.
pub fn unknown_id(id: &str, span: Span, what: &str, suggestion: Option<&str>) -> Problem {
    problem(
        Code::UnknownId,
        format!("`{id}` should be {what}, but nothing is declared with that id"),
        vec![label(span, "not declared")],
        Some(match suggestion {
            Some(s) => format!("did you mean `{s}`?"),
            None => "declare it, or check the spelling".to_owned(),
        }),
    )
}

/// R0203: a reference to the wrong kind of element.
pub fn wrong_kind(id: &str, span: Span, what: &str, actual: &str, declared: Span) -> Problem {
    problem(
        Code::WrongKind,
        format!("`{id}` should be {what}, but it is a `{actual}`"),
        vec![
            label(span, format!("{what} is expected here")),
            label(declared, format!("`{id}` is declared here as a `{actual}`")),
        ],
        Some(format!("use the id of {what} here")),
    )
}

/// R0204: a citation of an undeclared act.
pub fn undeclared_act(id: &str, span: Span, suggestion: Option<&str>) -> Problem {
    problem(
        Code::UndeclaredAct,
        format!("the act `{id}` is cited but not declared"),
        vec![label(span, "cited here")],
        Some(match suggestion {
            Some(s) => format!("did you mean `{s}`?"),
            None => format!(
                "declare it once with `act {id} ... end` (title, number, date), usually in the shared file of acts"
            ),
        }),
    )
}

/// R0205: a Markdown link to nothing.
pub fn broken_link(target: &str, span: Span, suggestion: Option<&str>) -> Problem {
    problem(
        Code::BrokenLink,
        format!("the link `{target}` points to nothing"),
        vec![label(span, "no such target")],
        Some(match suggestion {
            Some(s) => format!("did you mean `{s}`?"),
            None => "`term:` links name a `definition` id, `clause:` links a clause number, `act:` links an act id".to_owned(),
        }),
    )
}

/// R0206: a required line is missing.
pub fn missing_field(block: &str, id: &str, field: &str, span: Span) -> Problem {
    problem(
        Code::MissingField,
        format!("the {block} `{id}` has no `{field}` line"),
        vec![label(span, format!("`{field}` is missing in this block"))],
        Some(format!(
            "add {} `{field}` line; docs/language.md lists the lines of {} `{block}` block",
            a(field),
            a(block)
        )),
    )
}

/// R0207: a line given twice.
pub fn repeated_field(field: &str, first: Span, second: Span) -> Problem {
    problem(
        Code::RepeatedField,
        format!("the `{field}` line is given twice in one block"),
        vec![
            label(second, "given again here"),
            label(first, "first given here"),
        ],
        Some("keep one of them".to_owned()),
    )
}

/// R1401: `title ru "..."` twice in one block. `line` is the line as
/// written before the language (`option spouse`), `what` its keyword.
pub fn translation_twice(line: &str, what: &str, lang: &str, first: Span, second: Span) -> Problem {
    problem(
        Code::TranslationTwice,
        format!("the `{line} {lang}` line is given twice in one block"),
        vec![
            label(second, "given again here"),
            label(first, "first given here"),
        ],
        Some(format!(
            "a stand in `{lang}` shows one {what}: keep the one the source gives"
        )),
    )
}

/// R1402: `option x ru "..."` for an option the choice does not list.
pub fn unknown_translated_option(
    option: &str,
    choice: &str,
    similar: Option<&str>,
    span: Span,
) -> Problem {
    problem(
        Code::UnknownTranslatedOption,
        format!("the choice `{choice}` lists no option `{option}` to give in another language"),
        vec![label(span, "not an option of this choice")],
        Some(match similar {
            Some(s) => format!("did you mean `{s}`?"),
            None => format!(
                "list `option {option} \"...\"` in the choice first, or correct the option's id"
            ),
        }),
    )
}

/// R0207: an option listed twice in a choice.
pub fn repeated_option(id: &str, span: Span) -> Problem {
    problem(
        Code::RepeatedField,
        format!("the option `{id}` is listed twice in this choice"),
        vec![label(span, "listed again")],
        Some("remove the second one".to_owned()),
    )
}

/// R0208: a built-in name used as an id.
pub fn reserved_id(id: &str, span: Span) -> Problem {
    let (what, help) = if id == "category" {
        (
            "the category the applicant applies under",
            "`category` is what `for category`, `chooses category` and a condition such as `required when category is quota_worker` read; choose another id, such as `applicant_category`",
        )
    } else {
        (
            "a built-in fact",
            "`status` is the applicant's status and `application` the kind of application; choose another id",
        )
    };
    problem(
        Code::ReservedId,
        format!("`{id}` cannot be an id: it names {what}"),
        vec![label(span, "reserved")],
        Some(help.to_owned()),
    )
}

/// R0209: two ids that generated code would spell the same.
pub fn colliding_ids(
    first_id: &str,
    first: Span,
    second_id: &str,
    second: Span,
    name: &str,
) -> Problem {
    problem(
        Code::CollidingIds,
        format!("`{first_id}` and `{second_id}` would both become `{name}` in generated code"),
        vec![label(second, "this id"), label(first, "and this one")],
        Some("ids of the same kind must differ by more than underscores; rename one".to_owned()),
    )
}

/// R0301: a clause claimed twice.
pub fn duplicate_clause(number: &str, first: Span, second: Span) -> Problem {
    problem(
        Code::DuplicateClause,
        format!("clause {number} is given twice"),
        vec![label(second, "again here"), label(first, "first here")],
        Some(
            "each clause is the text of one block; other blocks refer to it with `see clause`"
                .to_owned(),
        ),
    )
}

/// R0302: the numbering does not start at 1.
pub fn first_clause(expected: &str, found: &str, span: Span) -> Problem {
    problem(
        Code::MissingClause,
        format!("the numbering starts at {found}, so clause {expected} is missing"),
        vec![label(span, "first clause")],
        Some(format!(
            "add clause {expected}, or correct the first clause's number"
        )),
    )
}

/// R0302: a gap in the numbering.
pub fn missing_clause(missing: &str, previous: &str, found: &str, span: Span) -> Problem {
    let message = if missing.is_empty() {
        format!("clause {found} cannot follow clause {previous}: clauses in between are missing")
    } else {
        format!("clause {found} follows clause {previous}, so clause {missing} is missing")
    };
    problem(
        Code::MissingClause,
        message,
        vec![label(span, "after a gap")],
        Some("add the missing clause; if the regulation itself has no text there (a repealed item), add it as a `provision` whose text says so; if the number is mistyped, correct it".to_owned()),
    )
}

/// R0303: a clause out of order.
pub fn clause_out_of_order(number: &str, span: Span, after: &str, after_span: Span) -> Problem {
    problem(
        Code::ClauseOutOfOrder,
        format!("clause {number} stands after clause {after}, out of order"),
        vec![
            label(span, "out of order"),
            label(after_span, format!("clause {after} is here")),
        ],
        Some("keep the blocks in the order of the regulation's text".to_owned()),
    )
}

/// R0304: a reference to a clause that is not there.
pub fn unknown_clause(number: &str, span: Span) -> Problem {
    problem(
        Code::UnknownClause,
        format!("clause {number} is referred to but no block is that clause"),
        vec![label(span, "no such clause")],
        Some("check the number; clauses are claimed with `clause <number>` lines".to_owned()),
    )
}

/// R0901: an unused declaration.
pub fn unused(kind: &str, id: &str, span: Span) -> Problem {
    problem(
        Code::Unused,
        format!("the {kind} `{id}` is declared but never used"),
        vec![label(span, "unused")],
        Some("remove it, or refer to it where the regulation relies on it".to_owned()),
    )
}

/// R0901 for a group: no category is in it.
pub fn empty_group(id: &str, span: Span) -> Problem {
    problem(
        Code::Unused,
        format!("the group `{id}` is declared but no category is in it"),
        vec![label(span, "no category in it")],
        Some(format!(
            "put the categories numbered under it in it with a line `in group {id}`, or remove it"
        )),
    )
}

/// R0114: a category in a group, numbered outside the group's clause.
pub fn outside_group(
    category: &str,
    clause: &str,
    group: &str,
    group_clause: &str,
    span: Span,
    group_span: Span,
) -> Problem {
    problem(
        Code::OutsideGroup,
        format!(
            "the category `{category}` is in the group `{group}` (clause {group_clause}), but it is clause {clause}, not a clause under {group_clause}"
        ),
        vec![label(span, "in this group"), label(group_span, "the group")],
        Some(format!(
            "a category in a group is numbered under it ({group_clause}.1, {group_clause}.2 ...): correct the clause number, or name the group whose heading it sits under"
        )),
    )
}

/// R0115: a category numbered under a group's clause, but not in it.
pub fn not_in_group(
    category: &str,
    clause: &str,
    group: &str,
    group_clause: &str,
    span: Span,
    group_span: Span,
) -> Problem {
    problem(
        Code::NotInGroup,
        format!(
            "the category `{category}` is clause {clause}, under the group `{group}` (clause {group_clause}), but it is not in that group"
        ),
        vec![
            label(span, "numbered under the group"),
            label(group_span, "the group"),
        ],
        Some(format!(
            "add the line `in group {group}` to the category, so that the stand lists it under the group's heading and `for category {group}` covers it"
        )),
    )
}

/// R0902: an omission (the source is cut off).
pub fn omission(after: &str, span: Span) -> Problem {
    problem(
        Code::Omission,
        format!("the source text is cut off after clause {after}; what follows is not provided"),
        vec![label(span, "recorded here")],
        Some("outputs show the missing items as not provided in the source".to_owned()),
    )
}
