//! The office profiles the stands are built for: a broken one is refused
//! with its file named, none gives one stand and says so, and the CLI
//! prints the warnings.

use std::collections::BTreeMap;
use std::path::PathBuf;

use reglament::backend::site;

use super::{OFFICE, REG, regulation, root, site_of};

#[test]
fn a_broken_profile_is_refused_with_its_file_named() {
    let files = BTreeMap::from([(
        "hq.toml".to_owned(),
        b"language = \"en\"\nname = \"HQ\"\nhours = \"9-18\"\n".to_vec(),
    )]);
    let errors = site::Inputs::new(site::Lang::En, &files).unwrap_err();
    assert!(errors[0].to_string().contains("hq.toml"), "{errors:?}");
    // A stand named like a shared folder would write into it.
    for name in ["assets", "forms"] {
        let files = BTreeMap::from([(
            format!("{name}.toml"),
            b"language = \"en\"\nname = \"HQ\"\n".to_vec(),
        )]);
        let errors = site::Inputs::new(site::Lang::En, &files).unwrap_err();
        assert!(
            errors[0].to_string().contains("rename the file"),
            "{errors:?}"
        );
    }
}

#[test]
fn without_profiles_one_stand_is_built_and_the_lack_reported() {
    let reg = regulation("regulations/residence-permit.rgl");
    let (files, warnings) = site_of(&reg, &site::Inputs::default());
    assert!(files.contains_key(&format!("site/{REG}/office/index.html")));
    assert!(warnings.iter().any(|w| w.contains("no office profiles")));
}

#[test]
fn the_cli_builds_the_site_and_prints_its_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_reglament"))
        .current_dir(root())
        .args(["build", "--target", "site", "--lang", "ru", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(stderr.contains(
        "warning: residence_permit/citizenship-service-headquarters: stand duty item 11.9"
    ));
    let home = std::fs::read_to_string(
        PathBuf::from(&out).join(format!("site/{REG}/{OFFICE}/index.html")),
    )
    .unwrap();
    assert!(home.contains("<html lang=\"ru\">"));

    let bad = dir.path().join("offices");
    std::fs::create_dir(&bad).unwrap();
    std::fs::write(bad.join("x.toml"), "name = 1").unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_reglament"))
        .current_dir(root())
        .args(["build", "--target", "site", "--offices"])
        .arg(&bad)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("x.toml"));
}
