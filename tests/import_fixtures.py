"""Small O*NET and ESCO releases in the official layouts, written by the tests that need them."""

from pathlib import Path

RATING_HEADER = ("O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tScale Name\tData Value\tN\t"
                 "Standard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tNot Relevant\tDate\tDomain Source")

OCCUPATIONS = {
    "15-2051.00": ("Data Scientists", "Develop and implement methods to analyse data."),
    "15-2041.00": ("Statisticians", "Apply statistical theory and methods to collect and analyse data."),
    "15-1212.00": ("Information Security Analysts", "Plan and carry out security measures for computer networks."),
    "15-1211.00": ("Computer Systems Analysts", "Analyse science, engineering, business and other data processing problems."),
    "15-2051.01": ("Business Intelligence Analysts", "Produce financial and market intelligence by querying data."),
}

# (code, element id, name, importance, level, suppress, not relevant)
SKILLS = [
    ("15-2041.00", "2.A.1.e", "Mathematics", 4.5, 5.5, "N", "N"),
    ("15-2041.00", "2.A.2.a", "Critical Thinking", 4.0, 4.0, "N", "N"),
    ("15-2041.00", "2.B.3.e", "Programming", 3.2, 3.0, "N", "N"),
    ("15-2041.00", "2.A.1.d", "Speaking", 2.5, 2.0, "N", "N"),
    ("15-2041.00", "2.B.3.k", "Repairing", 1.2, 0.2, "N", "Y"),
    ("15-1212.00", "2.A.2.a", "Critical Thinking", 4.0, 4.2, "N", "N"),
    ("15-1212.00", "2.B.3.e", "Programming", 3.0, 3.6, "N", "N"),
    ("15-1212.00", "2.A.1.e", "Mathematics", 2.1, 2.0, "Y", "N"),
    ("15-1211.00", "2.A.2.a", "Critical Thinking", 3.9, 4.0, "N", "N"),
    ("15-1211.00", "2.B.3.e", "Programming", 3.1, 3.2, "N", "N"),
    ("15-1211.00", "2.A.1.e", "Mathematics", 3.0, 3.0, "N", "N"),
    ("15-2051.01", "2.A.1.e", "Mathematics", 3.4, 3.9, "N", "N"),
    ("15-2051.01", "2.A.2.a", "Critical Thinking", 4.1, 4.0, "N", "N"),
]
KNOWLEDGE = [
    ("15-2041.00", "2.C.4.a", "Mathematics", 4.6, 5.9, "N", "N"),
    ("15-1212.00", "2.C.3.a", "Computers and Electronics", 4.5, 5.0, "N", "N"),
    ("15-1211.00", "2.C.3.a", "Computers and Electronics", 4.2, 4.5, "N", "N"),
    ("15-1211.00", "2.C.4.a", "Mathematics", 1.5, 1.0, "N", "N"),
]
TECHNOLOGY = [
    ("15-2051.00", "Python", "43232405", "Object or component oriented development software", "Y", "Y"),
    ("15-2051.00", "R", "43232405", "Object or component oriented development software", "Y", "Y"),
    ("15-2051.00", "SAS", "43232612", "Analytical or scientific software", "Y", "N"),
    ("15-2041.00", "R", "43232405", "Object or component oriented development software", "Y", "N"),
    ("15-2041.00", "SAS", "43232612", "Analytical or scientific software", "Y", "Y"),
    ("15-1212.00", "Wireshark", "43233204", "Network security or virtual private network VPN management software", "N", "Y"),
    ("15-1212.00", "Python", "43232405", "Object or component oriented development software", "Y", "N"),
    ("15-1211.00", "Python", "43232405", "Object or component oriented development software", "Y", "N"),
]
ALTERNATE = [("15-2051.00", "Data Scientist", ""), ("15-2051.00", "Machine Learning Scientist", "ML Scientist"),
             ("15-2041.00", "Biostatistician", ""), ("15-1212.00", "Cyber Security Analyst", ""),
             ("15-1211.00", "Systems Analyst", "")]
JOB_ZONES = {"15-2051.00": 5, "15-2041.00": 5, "15-1212.00": 4, "15-1211.00": 4, "15-2051.01": 4}


# What people do: (element, element name, IWA, IWA title, DWA, DWA title).
ACTIVITIES = [
    ("4.A.2.a.4", "Analyzing Data or Information", "4.A.2.a.4.I09", "Analyze scientific or applied data.",
     "4.A.2.a.4.I09.D01", "Apply mathematical principles or statistical approaches to solve problems."),
    ("4.A.2.a.4", "Analyzing Data or Information", "4.A.2.a.4.I09", "Analyze scientific or applied data.",
     "4.A.2.a.4.I09.D02", "Analyze data to identify trends or relationships among variables."),
    ("4.A.3.b.1", "Working with Computers", "4.A.3.b.1.I01", "Program computer systems or applications.",
     "4.A.3.b.1.I01.D01", "Write computer programming code."),
    ("4.A.3.b.1", "Working with Computers", "4.A.3.b.1.I02", "Maintain computer network security.",
     "4.A.3.b.1.I02.D01", "Monitor computer system security."),
]
# (code, task id, task, task type, DWA ids)
TASKS = [
    ("15-2051.00", "1", "Apply statistical methods to large data sets.", "Core", ("4.A.2.a.4.I09.D01", "4.A.2.a.4.I09.D02")),
    ("15-2051.00", "2", "Write code to clean and model data.", "Supplemental", ("4.A.3.b.1.I01.D01",)),
    ("15-2041.00", "3", "Design statistical analyses of survey data.", "Core", ("4.A.2.a.4.I09.D01", "4.A.2.a.4.I09.D02")),
    ("15-2041.00", "4", "Report trends found in the data.", "Core", ("4.A.2.a.4.I09.D02",)),
    ("15-1212.00", "5", "Monitor networks for security breaches.", "Core", ("4.A.3.b.1.I02.D01",)),
    ("15-1212.00", "6", "Write scripts that scan for threats.", "Supplemental", ("4.A.3.b.1.I01.D01",)),
    ("15-1211.00", "7", "Write programs for business systems.", "Core", ("4.A.3.b.1.I01.D01",)),
    ("15-2051.01", "8", "Analyze business data for trends.", "", ("4.A.2.a.4.I09.D02",)),
]
# RIASEC interest scores (OI, 1-7) by occupation.
INTERESTS = {"15-2051.00": (1.5, 6.8, 2.0, 1.9, 3.1, 4.9), "15-2041.00": (1.2, 6.9, 1.8, 1.6, 2.2, 5.5),
             "15-1212.00": (2.9, 5.9, 1.2, 1.5, 3.0, 5.0), "15-1211.00": (2.5, 5.5, 1.1, 2.0, 3.3, 5.6)}
# Required education (RL) shares in percent: category -> share.
EDUCATION = {"15-2051.00": {6: 40.0, 8: 40.0, 11: 20.0}, "15-2041.00": {8: 70.0, 11: 30.0},
             "15-1212.00": {6: 80.0, 3: 20.0}}
REPORTED = [("15-2051.00", "Machine Learning Engineer"), ("15-2041.00", "Statistical Analyst"),
            ("15-1212.00", "Security Analyst")]
#: The optional O*NET files :func:`write_onet` writes when asked.
OPTIONAL = ("IWA Reference.txt", "DWA Reference.txt", "Task Statements.txt", "Tasks to DWAs.txt", "Interests.txt",
            "Education, Training, and Experience.txt", "Sample of Reported Titles.txt")


def _write_optional(folder: Path) -> None:
    (folder / "IWA Reference.txt").write_text("Element ID\tElement Name\tIWA ID\tIWA Title\n" + "".join(
        f"{e}\t{en}\t{i}\t{it}\n" for e, en, i, it in sorted({a[:4] for a in ACTIVITIES})))
    (folder / "DWA Reference.txt").write_text("Element ID\tElement Name\tIWA ID\tIWA Title\tDWA ID\tDWA Title\n"
                                              + "".join("\t".join(a) + "\n" for a in ACTIVITIES))
    (folder / "Task Statements.txt").write_text(
        "O*NET-SOC Code\tTitle\tTask ID\tTask\tTask Type\tIncumbents Responding\tDate\tDomain Source\n"
        + "".join(f"{c}\t{OCCUPATIONS[c][0]}\t{i}\t{t}\t{k}\t20\t08/2023\tIncumbent\n" for c, i, t, k, _ in TASKS))
    dwa = {a[4]: a[5] for a in ACTIVITIES}
    (folder / "Tasks to DWAs.txt").write_text(
        "O*NET-SOC Code\tTitle\tTask ID\tTask\tDWA ID\tDWA Title\tDate\tDomain Source\n"
        + "".join(f"{c}\t{OCCUPATIONS[c][0]}\t{i}\t{t}\t{d}\t{dwa[d]}\t07/2014\tAnalyst\n"
                  for c, i, t, _, ds in TASKS for d in ds))
    names = ("Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional")
    (folder / "Interests.txt").write_text(
        "O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tScale Name\tData Value\tDate\tDomain Source\n"
        + "".join(f"{c}\t{OCCUPATIONS[c][0]}\t1.B.1.{'abcdef'[n]}\t{names[n]}\tOI\tOccupational Interests\t{v}\t"
                  "11/2023\tMachine Learning\n" for c, values in INTERESTS.items() for n, v in enumerate(values))
        + "".join(f"{c}\t{OCCUPATIONS[c][0]}\t1.B.2.a\tFirst Interest High-Point\tIH\tInterest High-Point\t2\t"
                  "11/2023\tMachine Learning\n" for c in INTERESTS))
    (folder / "Education, Training, and Experience.txt").write_text(
        "O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tScale Name\tCategory\tData Value\tN\t"
        "Standard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tDate\tDomain Source\n"
        + "".join(f"{c}\t{OCCUPATIONS[c][0]}\t2.D.1\tRequired Level of Education\tRL\tRequired Level Of Education "
                  f"(Categories 1-12)\t{k}\t{v}\t20\t1\t0\t100\tN\t08/2023\tIncumbent\n"
                  for c, shares in EDUCATION.items() for k, v in shares.items())
        + "".join(f"{c}\t{OCCUPATIONS[c][0]}\t2.D.4.a\tJob-Related Professional Certification\tIM\tImportance"
                  f"\t\t2.5\t20\t1\t0\t5\tN\t08/2023\tIncumbent\n" for c in EDUCATION))
    (folder / "Sample of Reported Titles.txt").write_text(
        "O*NET-SOC Code\tTitle\tReported Job Title\tShown in My Next Move\n"
        + "".join(f"{c}\t{OCCUPATIONS[c][0]}\t{t}\tY\n" for c, t in REPORTED))


CROSSWALK = [
    # (ESCO uuid, ESCO label, ISCO, O*NET-SOC 2010 code, O*NET title of the time)
    ("258e46f9-0075-4a2e-adae-1ff0477e0f30", "data scientist", "2511", "15-2051.00", "data scientists"),
    ("d3edb8f8-3a06-47a0-8fb9-9b212c006aa2", "data analyst", "2511", "15-1199.08", "business intelligence analysts"),
    ("00000000-0000-4000-8000-000000000001", "software developer", "2512", "15-1132.00",
     "software developers, applications"),
    ("00000000-0000-4000-8000-0000000000ff", "unknown occupation", "2512", "15-1211.00", "computer systems analysts"),
]


def write_crosswalk(folder) -> Path:
    """Write a four-row Nesta crosswalk into ``folder``: one current code, one retired code with an unambiguous
    title, one retired code whose title O*NET no longer uses, one ESCO occupation the fixture lacks."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "esco_onet_crosswalk_Nov2020.csv").write_text(_csv(
        [("id", "esco_occupation", "isco_code", "onet_code", "onet_occupation", "matching_job_titles",
          "semantic_similarity", "confidence", "concept_uri")]
        + [(n, label, isco, code, title, "na", 0.8, 1.0, OCCUPATION + uuid)
           for n, (uuid, label, isco, code, title) in enumerate(CROSSWALK)]))
    return folder


def _ratings(rows) -> str:
    lines = [RATING_HEADER]
    for code, element, name, importance, level, suppress, not_relevant in rows:
        title = OCCUPATIONS[code][0]
        lines.append(f"{code}\t{title}\t{element}\t{name}\tIM\tImportance\t{importance}\t8\t0.1\t1\t5\t{suppress}\t\t"
                     "08/2023\tAnalyst")
        lines.append(f"{code}\t{title}\t{element}\t{name}\tLV\tLevel\t{level}\t8\t0.1\t0\t7\t{suppress}\t"
                     f"{not_relevant}\t08/2023\tAnalyst")
    return "\n".join(lines) + "\n"


def write_onet(folder, optional: bool = True) -> Path:
    """Write a five-occupation O*NET release (text layout) into ``folder`` and return it.

    With ``optional``, the release has tasks, work activities, interests, education and reported titles too.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if optional:
        _write_optional(folder)
    (folder / "Occupation Data.txt").write_text(
        "O*NET-SOC Code\tTitle\tDescription\n" + "".join(f"{c}\t{t}\t{d}\n" for c, (t, d) in OCCUPATIONS.items()))
    (folder / "Skills.txt").write_text(_ratings(SKILLS))
    (folder / "Knowledge.txt").write_text(_ratings(KNOWLEDGE))
    (folder / "Technology Skills.txt").write_text(
        "O*NET-SOC Code\tTitle\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n"
        + "".join(f"{c}\t{OCCUPATIONS[c][0]}\t{e}\t{cc}\t{ct}\t{h}\t{d}\n" for c, e, cc, ct, h, d in TECHNOLOGY))
    (folder / "Alternate Titles.txt").write_text(
        "O*NET-SOC Code\tTitle\tAlternate Title\tShort Title\tSource(s)\n"
        + "".join(f"{c}\t{OCCUPATIONS[c][0]}\t{a}\t{s}\t08\n" for c, a, s in ALTERNATE))
    (folder / "Job Zones.txt").write_text(
        "O*NET-SOC Code\tTitle\tJob Zone\tDate\tDomain Source\n"
        + "".join(f"{c}\t{OCCUPATIONS[c][0]}\t{z}\t08/2023\tAnalyst\n" for c, z in JOB_ZONES.items()))
    return folder


ESCO_OCCUPATIONS = [
    # (uuid, isco, label, alt labels, code)
    ("258e46f9-0075-4a2e-adae-1ff0477e0f30", "2511", "data scientist", "data science specialist\nML analyst", "2511.4"),
    ("d3edb8f8-3a06-47a0-8fb9-9b212c006aa2", "2511", "data analyst", "data analysis specialist", "2511.3"),
    ("00000000-0000-4000-8000-000000000001", "2512", "software developer", "programmer", "2512.4"),
]
ESCO_LINKS = [
    ("258e46f9-0075-4a2e-adae-1ff0477e0f30", "essential", "data mining"),
    ("258e46f9-0075-4a2e-adae-1ff0477e0f30", "essential", "statistics"),
    ("258e46f9-0075-4a2e-adae-1ff0477e0f30", "optional", "Python (computer programming)"),
    ("d3edb8f8-3a06-47a0-8fb9-9b212c006aa2", "essential", "statistics"),
    ("d3edb8f8-3a06-47a0-8fb9-9b212c006aa2", "optional", "data mining"),
    ("00000000-0000-4000-8000-000000000001", "essential", "Python (computer programming)"),
]
ESCO_SKILLS = {"data mining": ("skill/competence", "cross-sector"), "statistics": ("knowledge", "cross-sector"),
               "Python (computer programming)": ("knowledge", "cross-sector")}
OCCUPATION = "http://data.europa.eu/esco/occupation/"


def _csv(rows) -> str:
    def cell(value):
        value = str(value)
        return '"' + value.replace('"', '""') + '"' if any(c in value for c in ',"\n') else value
    return "".join(",".join(cell(v) for v in row) + "\n" for row in rows)


def write_esco(folder, official: bool = False) -> Path:
    """Write a three-occupation ESCO release into ``folder``: label-keyed links, or the official layout."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    groups = [("2", "Professionals"), ("25", "Information and communications technology professionals"),
              ("251", "Software and applications developers and analysts"), ("2511", "Systems analysts"),
              ("2512", "Software developers")]
    (folder / "ISCOGroups_en.csv").write_text(_csv(
        [("conceptType", "conceptUri", "code", "preferredLabel", "status", "altLabels", "inScheme", "description")]
        + [("ISCOGroup", f"http://data.europa.eu/esco/isco/C{c}", c, label, "released", "",
            "http://data.europa.eu/esco/concept-scheme/isco", f"{label}, as ISCO-08 groups them.") for c, label in groups]))
    header = ("conceptType", "conceptUri", "iscoGroup", "preferredLabel", "altLabels", "hiddenLabels", "status",
              "modifiedDate", "regulatedProfessionNote", "scopeNote", "definition", "inScheme", "description", "code")
    (folder / "occupations_en.csv").write_text(_csv(
        [header] + [("Occupation", OCCUPATION + uuid, isco, label, alts, "", "released", "2024-01-25T11:28:50.295Z",
                     "", "", "", "http://data.europa.eu/esco/concept-scheme/occupations",
                     f"A {label} works with data.", code) for uuid, isco, label, alts, code in ESCO_OCCUPATIONS]))
    if official:
        uri = {label: f"http://data.europa.eu/esco/skill/{i:08d}-0000-4000-8000-000000000000"
               for i, label in enumerate(sorted(ESCO_SKILLS))}
        (folder / "skills_en.csv").write_text(_csv(
            [("conceptType", "conceptUri", "skillType", "reuseLevel", "preferredLabel", "altLabels", "hiddenLabels",
              "status", "modifiedDate", "scopeNote", "definition", "inScheme", "description")]
            + [("KnowledgeSkillCompetence", uri[label], kind, reuse, label, "", "", "released", "", "", "", "",
                f"About {label}.") for label, (kind, reuse) in sorted(ESCO_SKILLS.items())]))
        (folder / "occupationSkillRelations_en.csv").write_text(_csv(
            [("occupationUri", "relationType", "skillType", "skillUri")]
            + [(OCCUPATION + o, rel, ESCO_SKILLS[label][0], uri[label]) for o, rel, label in ESCO_LINKS]))
    else:
        (folder / "occupation_skill_labels.csv").write_text(_csv(
            [("occupationUri", "relationType", "skillLabel")] + [(OCCUPATION + o, rel, label) for o, rel, label in ESCO_LINKS]))
    return folder
