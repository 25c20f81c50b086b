let decision = decide(&facts, &query);
for applying in decision.applying() {
    // Every answer names its clause, the clause's words and its basis.
    let category = applying.category;
    let clause = category.clause().unwrap_or("unnumbered"); //-
    println!("{} (clause {clause}): {}", category.id(), category.text()); //-
    for citation in category.basis() { //-
    //+ // Decided by the version in force on the day of acceptance.
    //+ let version = decision.version;
    //+ let clause = category.clause(version).unwrap_or("unnumbered");
    //+ println!("{} (clause {clause}): {}", category.id(), category.text(version));
    //+ for citation in category.basis(version) {
        println!("  basis: {citation}");
    }
    match applying.term {
        Answer::Known(Some(term)) => println!("  term {:?}, ends {:?}", term.length(), term.ends()),
        Answer::Known(None) => println!("  no term is set"),
        Answer::Needs(facts) => println!("  the term needs {facts:?}"),
    }
}
for required in decision.required() {
    let document = required.document;
    println!("{}: {:?} copies", document.id(), required.copies.known());
}
// A fact not given is never taken as "no": what depends on it is undetermined.
for category in decision.undetermined {
    let needs = decision.category_needs(category);
    let questions: Vec<&str> = needs.iter().map(|f| f.question()).collect();
    println!("{} needs: {}", category.id(), questions.join(" "));
}
