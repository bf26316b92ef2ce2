#!/usr/bin/env python3
"""One-off generator of the curated evidence files from ../shared/science/evidence (pass 1 + pass 2).

Every number in the output is copied from a CSV row (values, n) or parsed from a dose/timepoint text
printed in the same row; the normalisation tables below are the human curation decisions (reviewable).
After generation the YAML files are the source of truth; re-running overwrites them.
Usage: python3 evidence/tools/curate_from_shared.py /work/shared/science/evidence evidence/src/main/resources/evidence
"""
import csv, os, re, sys, yaml

SRC, OUT = sys.argv[1], sys.argv[2]
STUDIES_MD = "https://github.com/regenarch/shared/science/evidence/studies.md"  # placeholder never used

# ---- per-study curation (values only where the shared files state them) ----
PRODUCT = {  # study -> (cell source, donor)
 "Lin2017": ("BM", "ALLOGENEIC"), "Suk2016": ("BM", "AUTOLOGOUS"), "Salama2014": ("BM", "AUTOLOGOUS"),
 "Jang2014": ("BM", "AUTOLOGOUS"), "Wang2013": ("UC", "ALLOGENEIC"), "Schacher2021": ("BM", "ALLOGENEIC"),
 "Mohamadnejad2013": ("BM", "AUTOLOGOUS"), "UNK_ChinJLiverDisE_138993": ("BM", "AUTOLOGOUS"),
 "UNK_Egypt_PV_transdiffMSC": ("BM", "AUTOLOGOUS"), "Zhang2012": ("UC", "ALLOGENEIC"), "Shi2021": ("UC", "ALLOGENEIC"),
 "Fang2018": ("UC", "ALLOGENEIC"), "Xu2014": ("BM", "AUTOLOGOUS"), "ElAnsary2012": ("BM", "AUTOLOGOUS"),
 "Peng2011": ("BM", "AUTOLOGOUS"), "XuWX2019": ("UC", "ALLOGENEIC"), "Amin2013": ("BM", "AUTOLOGOUS"),
 "Wang2014": ("BM", "ALLOGENEIC"), "Kharaziha2009": ("BM", "AUTOLOGOUS"), "Stempeucel_RGM2021": ("BM", "ALLOGENEIC"),
 "Tong2015": ("UC", "ALLOGENEIC"), "Jia2020": ("UC", "NOT_STATED"), "Shi2012": ("UC", "ALLOGENEIC"),
 "Li2016": ("UC", "NOT_STATED"), "Hua2020_RA": ("BM", "AUTOLOGOUS"), "UNK_302_UCMSC_ascites_CJID": ("UC", "ALLOGENEIC"),
 "UNK_HUCMSC_HBV_DLC_96": ("UC", "NOT_STATED"), "UNK_AnhuiMedUniv2016_UCBSC": ("CORD_BLOOD", "NOT_STATED"),
 "HeHL2015_JTropMed": ("UC", "ALLOGENEIC"), "UNK_302_UCMSC_ACLF_CJCSC": ("UC", "ALLOGENEIC"),
 "Mohamadnejad2007_ASH": ("BM", "AUTOLOGOUS"), "WangMF2018_WJSC": ("NOT_STATED", "AUTOLOGOUS"),
}
DESIGN = {
 "Lin2017": "RCT", "Suk2016": "RCT", "Salama2014": "RCT", "Jang2014": "SINGLE_ARM", "Wang2013": "SINGLE_ARM",
 "Schacher2021": "RCT", "Mohamadnejad2013": "RCT", "UNK_ChinJLiverDisE_138993": "CONTROLLED_ALLOCATION_NOT_STATED",
 "UNK_Egypt_PV_transdiffMSC": "SINGLE_ARM", "Zhang2012": "CONTROLLED_ALLOCATION_NOT_STATED", "Shi2021": "RCT",
 "Fang2018": "NON_RANDOMISED_CONTROLLED", "Xu2014": "RCT", "ElAnsary2012": "CONTROLLED_ALLOCATION_NOT_STATED",
 "Peng2011": "RETROSPECTIVE_CONTROLLED", "XuWX2019": "NON_RANDOMISED_CONTROLLED", "Amin2013": "SINGLE_ARM",
 "Wang2014": "SINGLE_ARM", "Kharaziha2009": "SINGLE_ARM", "Stempeucel_RGM2021": "CONTROLLED_ALLOCATION_NOT_STATED",
 "Tong2015": "CONTROLLED_ALLOCATION_NOT_STATED", "Jia2020": "RETROSPECTIVE_CONTROLLED", "Shi2012": "RCT",
 "Li2016": "CONTROLLED_ALLOCATION_NOT_STATED", "Hua2020_RA": "NON_RANDOMISED_CONTROLLED",
 "UNK_302_UCMSC_ascites_CJID": "CONTROLLED_ALLOCATION_NOT_STATED", "UNK_HUCMSC_HBV_DLC_96": "CONTROLLED_ALLOCATION_NOT_STATED",
 "UNK_AnhuiMedUniv2016_UCBSC": "NON_RANDOMISED_CONTROLLED", "HeHL2015_JTropMed": "CONTROLLED_ALLOCATION_NOT_STATED",
 "UNK_302_UCMSC_ACLF_CJCSC": "CONTROLLED_ALLOCATION_NOT_STATED", "Mohamadnejad2007_ASH": "SINGLE_ARM",
 "WangMF2018_WJSC": "RETROSPECTIVE_CONTROLLED",
}
ETIOLOGY = {
 "Lin2017": ["HBV"], "Suk2016": ["ALCOHOL"], "Salama2014": ["HCV"], "Jang2014": ["ALCOHOL"], "Wang2013": ["PBC"],
 "Schacher2021": ["MIXED"], "Mohamadnejad2013": ["MIXED"], "UNK_ChinJLiverDisE_138993": ["NOT_STATED"],
 "UNK_Egypt_PV_transdiffMSC": ["HCV"], "Zhang2012": ["HBV"], "Shi2021": ["HBV"], "Fang2018": ["HBV"], "Xu2014": ["HBV"],
 "ElAnsary2012": ["HCV"], "Peng2011": ["HBV"], "XuWX2019": ["HBV"], "Amin2013": ["HCV"], "Wang2014": ["PBC"],
 "Kharaziha2009": ["MIXED"], "Stempeucel_RGM2021": ["ALCOHOL"], "Tong2015": ["HBV"], "Jia2020": ["HBV"],
 "Shi2012": ["HBV"], "Li2016": ["HBV"], "Hua2020_RA": ["HBV"], "UNK_302_UCMSC_ascites_CJID": ["NOT_STATED"],
 "UNK_HUCMSC_HBV_DLC_96": ["HBV"], "UNK_AnhuiMedUniv2016_UCBSC": ["NOT_STATED"], "HeHL2015_JTropMed": ["HBV"],
 "UNK_302_UCMSC_ACLF_CJCSC": ["NOT_STATED"], "Mohamadnejad2007_ASH": ["AUTOIMMUNE", "CRYPTOGENIC"],
 "WangMF2018_WJSC": ["NOT_STATED"],
}
# country / phase only where studies.md or the CSV design text states them
COUNTRY = {"Lin2017": "China", "Suk2016": "Korea", "Salama2014": "Egypt", "Jang2014": "Korea", "Wang2013": "China",
 "Schacher2021": "Brazil", "Mohamadnejad2013": "Iran", "UNK_ChinJLiverDisE_138993": "China",
 "UNK_Egypt_PV_transdiffMSC": "Egypt", "ElAnsary2012": "Egypt", "Xu2014": "China", "Amin2013": "Egypt",
 "Stempeucel_RGM2021": "India", "Tong2015": "China"}
PHASE = {"Suk2016": "2", "Jang2014": "2", "Schacher2021": "1/2", "ElAnsary2012": "2", "Kharaziha2009": "1/2",
 "Stempeucel_RGM2021": "2", "Hua2020_RA": "1", "Mohamadnejad2007_ASH": "1"}
CONDITION_OVERRIDE = {"Jia2020": "MIXED", "Wang2013": "OTHER_LIVER", "Wang2014": "OTHER_LIVER"}
FLAGS = {
 "UNK_302_UCMSC_ascites_CJID": ["possible duplicate cohort of Zhang2012 (pass2/notes.md D)"],
 "Zhang2012": ["possible duplicate cohort of UNK_302_UCMSC_ascites_CJID (pass2/notes.md D)"],
 "UNK_302_UCMSC_ACLF_CJCSC": ["possible duplicate or extended cohort of Shi2012 (pass2/notes.md D)"],
 "Shi2012": ["possible duplicate or extended cohort of UNK_302_UCMSC_ACLF_CJCSC (pass2/notes.md D)",
             "primary paper not retrieved; values from review tables"],
 "HeHL2015_JTropMed": ["same group as XuWX2019 and Lin2017; cohorts may overlap (pass2/README.md)",
                       "fever count not explicitly assigned to an arm; '35 (55.6%)' inconsistent with 35/46"],
 "XuWX2019": ["cohort may overlap HeHL2015_JTropMed (pass2/README.md)", "dose conflicting between review tables"],
 "Lin2017": ["cohort may overlap HeHL2015_JTropMed (pass2/README.md)"],
 "Peng2011": ["pooled in both ACLF and cirrhosis meta-analyses (double use, studies.md)",
              "subgroup sizes from an unofficial full-text copy - VERIFY"],
 "UNK_AnhuiMedUniv2016_UCBSC": ["cell type unverified: cord-blood stem cells, MSC not stated"],
 "WangMF2018_WJSC": ["cell type unverified: autologous stem cells, MSC not stated"],
 "Mohamadnejad2007_ASH": ["attribution to Mohamadnejad 2007 inferred; individual-patient values, not arm means"],
 "Wang2013": ["outcome values from an unofficial full-text copy - VERIFY against original"],
 "Hua2020_RA": ["MELD timepoint not stated; SD vs SE not stated; n analysed not stated"],
 "Li2016": ["primary paper not retrieved; route and dose conflicting between review tables"],
 "Xu2014": ["dose conflicting between review tables"],
}
# pass2 Peng 2011 subgroup rows (A1/B1 cirrhosis, A2/B2 non-cirrhosis) are parts of the whole arms
SUBGROUP_OF = {("Peng2011", "MSC, cirrhosis subgroup (A1)"): "msc", ("Peng2011", "MSC, non-cirrhosis subgroup (A2)"): "msc",
 ("Peng2011", "control, cirrhosis subgroup (B1)"): "control", ("Peng2011", "control, non-cirrhosis subgroup (B2)"): "control"}
OVERLAPS = {"UNK_302_UCMSC_ascites_CJID": ["Zhang2012"], "Zhang2012": ["UNK_302_UCMSC_ascites_CJID"],
 "UNK_302_UCMSC_ACLF_CJCSC": ["Shi2012"], "Shi2012": ["UNK_302_UCMSC_ACLF_CJCSC"],
 "HeHL2015_JTropMed": ["XuWX2019", "Lin2017"], "XuWX2019": ["HeHL2015_JTropMed"], "Lin2017": ["HeHL2015_JTropMed"]}

def route(text):
    t = text.lower()
    if t in ("-", ""): return None
    if "conflicting" in t: return "CONFLICTING"
    if "portal vein (n=6) or peripheral" in t: return "MIXED"
    if "hepatic artery" in t: return "HEPATIC_ARTERY"
    if "portal vein" in t: return "PORTAL_VEIN"
    if "intrasplenic" in t: return "INTRASPLENIC"
    if "not stated" in t: return "NOT_STATED"
    if "peripheral vein" in t or "intravenous" in t: return "PERIPHERAL_VEIN"
    raise SystemExit("unmapped route: " + text)

# dose per administration (cells/kg or total cells) and number of administrations, parsed from the dose text
DOSE = {  # (study, arm) or study -> dict
 "Lin2017": dict(cells_per_kg_min=1.0e5, cells_per_kg_max=1.0e6, administrations=4, per="ADMINISTRATION"),
 ("Suk2016", "MSC one-time"): dict(total_cells_min=5e7, total_cells_max=5e7, administrations=1, per="ADMINISTRATION"),
 ("Suk2016", "MSC two-time"): dict(total_cells_min=5e7, total_cells_max=5e7, administrations=2, per="ADMINISTRATION"),
 "Salama2014": dict(cells_per_kg_min=1e6, cells_per_kg_max=1e6, administrations=1, per="ADMINISTRATION"),
 "Jang2014": dict(total_cells_min=5e7, total_cells_max=5e7, administrations=2, per="ADMINISTRATION"),
 "Wang2013": dict(cells_per_kg_min=0.5e6, cells_per_kg_max=0.5e6, administrations=3, per="ADMINISTRATION"),
 "Schacher2021": dict(cells_per_kg_min=1e6, cells_per_kg_max=1e6, administrations=5, per="ADMINISTRATION"),
 "Mohamadnejad2013": dict(total_cells_min=1.2e8, total_cells_max=2.95e8, administrations=1, per="ADMINISTRATION"),
 "Zhang2012": dict(cells_per_kg_min=0.5e6, cells_per_kg_max=0.5e6, administrations=3, per="ADMINISTRATION"),
 "Shi2021": dict(cells_per_kg_min=1e6, cells_per_kg_max=1e6, administrations=3, per="ADMINISTRATION"),
 "Fang2018": dict(total_cells_min=4.0e8, total_cells_max=4.5e8, administrations=2, per="UNCLEAR"),
 "ElAnsary2012": dict(cells_per_kg_min=1e6, cells_per_kg_max=1e6, administrations=1, per="ADMINISTRATION"),
 "Peng2011": dict(administrations=1),
 "Amin2013": dict(total_cells_min=1e7, total_cells_max=1e7, administrations=1, per="ADMINISTRATION"),
 "Kharaziha2009": dict(total_cells_min=3e7, total_cells_max=5e7, per="ADMINISTRATION"),
 ("Stempeucel_RGM2021", "MSC 2.5M/kg"): dict(cells_per_kg_min=2.5e6, cells_per_kg_max=2.5e6, per="ADMINISTRATION"),
 ("Stempeucel_RGM2021", "MSC 5M/kg"): dict(cells_per_kg_min=5e6, cells_per_kg_max=5e6, per="ADMINISTRATION"),
 ("Stempeucel_RGM2021", "MSC 7.5M/kg"): dict(cells_per_kg_min=7.5e6, cells_per_kg_max=7.5e6, per="ADMINISTRATION"),
 "Shi2012": dict(cells_per_kg_min=0.5e6, cells_per_kg_max=0.5e6, administrations=3, per="ADMINISTRATION"),
 "Hua2020_RA": dict(cells_per_kg_min=1.0e6, cells_per_kg_max=1.0e6, administrations=1, per="ADMINISTRATION"),
 "UNK_302_UCMSC_ascites_CJID": dict(cells_per_kg_min=0.5e6, cells_per_kg_max=1.0e6, administrations=3, per="ADMINISTRATION"),
 "HeHL2015_JTropMed": dict(administrations=4),
 "Mohamadnejad2007_ASH": dict(total_cells_min=1e7, total_cells_max=7e7, per="ADMINISTRATION"),
}

ENDPOINT = [  # (regex on endpoint text, key)
 (r"^cumulative survival", "survival"), (r"^severe infection", "severe_infection"),
 (r"^collagen proportion", "collagen_proportion"), (r"^total bilirubin", "total_bilirubin"),
 (r"^(serum )?albumin", "albumin"), (r"^prothrombin concentration", "prothrombin_concentration"),
 (r"^INR$", "inr"), (r"^ALT$", "alt"), (r"PIIICP", "piiicp"), (r"PIIINP", "piiinp"),
 (r"^near-normalisation", "liver_function_response"), (r"^histological improvement", "histological_improvement"),
 (r"^Child-Pugh score improved", "child_pugh_improved"), (r"^serum ALP", "alp"),
 (r"fever", "fever"), (r"^received all protocol", "received_all_infusions"),
 (r"^Child-Pugh score at baseline", "child_pugh"), (r"^MELD", "meld"), (r"^CLIF-C", "clif_c"),
 (r"^lost to follow-up", "lost_to_follow_up"), (r"^clinical symptoms/signs improved", "symptoms_improved"),
 (r"^ascites depth", "ascites_depth"), (r"^death", "death"), (r"^debilitation improved", "debilitation_improved"),
 (r"^appetite improved", "appetite_improved"), (r"^abdominal distension improved", "abdominal_distension_improved"),
 (r"^alive \(without LT\)", "alive_without_lt"), (r"^liver transplantation", "liver_transplantation"),
 (r"^prothrombin time", "prothrombin_time"), (r"^liver volume", "liver_volume"),
 (r"^overall mortality", "mortality"), (r"^hepatocellular carcinoma", "hcc"),
]
def endpoint(text):
    for rx, key in ENDPOINT:
        if re.search(rx, text): return key
    raise SystemExit("unmapped endpoint: " + text)

# timepoint text -> key; bare numbers take the unit of the study's follow-up as stated in studies.md / notes.md
WEEKS_STUDIES = {"Lin2017", "Wang2013", "UNK_ChinJLiverDisE_138993", "UNK_302_UCMSC_ascites_CJID",
                 "UNK_HUCMSC_HBV_DLC_96", "HeHL2015_JTropMed", "UNK_302_UCMSC_ACLF_CJCSC", "Schacher2021"}
def timepoint(study, text):
    t = text.strip()
    if t in ("0", "0 (baseline)"): return "baseline"
    if t == "NR" or t.startswith("not stated"): return None
    m = re.match(r"^(\d+(?:\.\d+)?)mo\b", t)
    if m: return m.group(1) + "mo"
    m = re.match(r"^(\d+)(?: \(.*\))?$", t)
    if m and study in WEEKS_STUDIES: return m.group(1) + "w"
    if t.startswith("12 wk after 2nd injection"): return "12w-after-last-dose"
    if t.startswith("within 5 h"): return "5h-after-infusion"
    if t.startswith("2.5-4mo"): return "2.5-4mo"
    if t.startswith("up to 10 years"): return "10y"
    raise SystemExit(f"unmapped timepoint {study}: {text}")

def stat(study, st, v1, v2, v3):
    num = lambda s: float(s) if s.strip() else None
    if st == "n": return None, None
    if st.startswith("mean_sd ("): return "MEAN_SPREAD_UNSTATED", {"mean": num(v1), "spread": num(v2)}
    if st == "mean_sd": return "MEAN_SD", {"mean": num(v1), "sd": num(v2)}
    if st == "percent_95CI": return "PERCENT_CI", {"percent": num(v1), "ci_lower": num(v2), "ci_upper": num(v3), "ci_level": 95}
    if st == "percent": return "PERCENT", {"percent": num(v1)}
    if st == "events_total": return "EVENTS_TOTAL", {"events": int(v1), "total": int(v2)}
    if st == "mean": return "MEAN", {"mean": num(v1)}
    if st == "individual_value": return "INDIVIDUAL_VALUE", {"value": num(v1)}
    raise SystemExit("unmapped stat " + st)

# Jia 2020 compares treatment durations; every patient of the whole-cohort row received UC-MSC
ROLE_OVERRIDE = {"all eligible (64 LF + 59 LC)": "MSC"}

def role(label):
    if label in ROLE_OVERRIDE: return ROLE_OVERRIDE[label]
    l = label.lower()
    if l.startswith("control") or l.startswith("placebo") or "non-sct" in l or l.startswith("controls"): return "CONTROL"
    if l.startswith("all "): return "ALL"
    if l.startswith("plasma exchange"): return "OTHER"
    return "MSC"

def slug(label):
    s = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")
    return s[:40].strip("-")

def parse_n(text):
    m = re.match(r"^(\d+)", text.strip())
    return int(m.group(1)) if m else None

def ids(doi_or_pmid):
    doi = re.search(r"doi:\s*(10\.[^\s;]+)", doi_or_pmid, re.I)
    pmid = re.search(r"PMID[: ]\s*(\d+)", doi_or_pmid)
    return (doi.group(1) if doi else None), (pmid.group(1) if pmid else None)

rows = []
for f in ("trials.csv", "pass2/trials_pass2.csv"):
    with open(os.path.join(SRC, f), newline="") as fh:
        for r in csv.DictReader(fh):
            r["_file"] = f
            rows.append(r)

studies = {}
for r in rows:
    raw_id = r["study_id"].strip()
    sid = re.sub(r"\s*\(.*|\s*\[.*", "", raw_id).strip()
    s = studies.get(sid)
    if s is None:
        doi, pmid = ids(r["doi_or_pmid"])
        aclf = "[ACLF" in r["population"]
        s = studies[sid] = {
            "schema": "regenarch.evidence.study/1", "id": sid, "kind": "CLINICAL",
            "registry_ids": [x for x in r["registry_ids"].split(";") if x.strip()],
            "citation": r["doi_or_pmid"], "doi": doi, "pmid": pmid,
            "design": DESIGN[sid], "design_as_printed": r["design"],
            "condition": CONDITION_OVERRIDE.get(sid, "ACLF" if aclf else "CIRRHOSIS"),
            "population": re.sub(r"\s*\[ACLF[^\]]*\]", "", r["population"]).strip(),
            "etiology": ETIOLOGY[sid], "country": COUNTRY.get(sid), "phase": PHASE.get(sid), "status": None,
            "flags": FLAGS.get(sid, []), "overlaps": OVERLAPS.get(sid, []),
            "source": {"url": r["source_url"], "location": r["source_location"],
                       "curated_from": f"shared/science/evidence/{r['_file']}"},
            "arms": [], "outcomes": [],
        }
    arm_label = r["arm"].strip()
    arm_id = slug(arm_label)
    arm = next((a for a in s["arms"] if a["id"] == arm_id), None)
    if arm is None:
        rl = role(arm_label)
        src, donor = PRODUCT[sid]
        dose = dict(DOSE.get((sid, arm_label), DOSE.get(sid, {}))) if rl == "MSC" else {}
        arm = {"id": arm_id, "label": arm_label, "role": rl,
               "n": parse_n(r["n"]), "n_as_printed": r["n"],
               "product": ({"source": src, "donor": donor, "type": "CELLS",
                            "as_printed": f"{r['cell_source']}; {r['product']}"} if rl == "MSC" else None),
               "route": route(r["route"]) if rl == "MSC" else None,
               "route_as_printed": r["route"] if rl == "MSC" else None,
               "dose": ({**dose, "as_printed": r["dose"]} if rl == "MSC" else None),
               "source": {"url": r["source_url"], "location": r["source_location"]}}
        if rl != "MSC" and r["dose"] not in ("-", "none", "") and r["dose"] not in {a["dose"]["as_printed"] for a in s["arms"] if a["dose"]}:
            arm["comparator_as_printed"] = r["dose"]
        if (sid, arm_label) in SUBGROUP_OF:
            arm["subgroup_of"] = SUBGROUP_OF[(sid, arm_label)]
        s["arms"].append(arm)
    st, values = stat(sid, r["stat_type"], r["value1"], r["value2"], r["value3"])
    if st is None:
        continue
    s["outcomes"].append({
        "arm": arm_id, "endpoint": endpoint(r["endpoint"]), "endpoint_as_printed": r["endpoint"],
        "unit": r["unit"] or None, "timepoint": timepoint(sid, r["timepoint"]), "timepoint_as_printed": r["timepoint"],
        "statistic": st, "values": values, "n": parse_n(r["n"]),
        "source": {"url": r["source_url"], "location": r["source_location"]}})

# ---- registrations table (studies.md section E) ----
# Review-table abbreviations used in the table's source column, resolved to the URLs the same table
# (or section C, for "ctv.veeva (see C)") gives for them.
ABBREV_URL = {
 "SCRT22": "https://stemcellres.biomedcentral.com/articles/10.1186/s13287-022-03001-z/tables/1",
 "PMC9021384": "https://pmc.ncbi.nlm.nih.gov/articles/PMC9021384/table/T3",
 "PMC8380491": "https://pmc.ncbi.nlm.nih.gov/articles/PMC8380491/table/tab1/?term=%22Stem+Cells+Int%22%5Bjour%5D",
 "PMC5833156": "https://pmc.ncbi.nlm.nih.gov/articles/PMC5833156/table/tab1",
 "PMC9101582": "https://pmc.ncbi.nlm.nih.gov/articles/PMC9101582/table/cells-11-01410-t001",
 "NCT05940610": "https://ctv.veeva.com/study/the-safety-and-efficacy-of-msc-evs-in-acute-acute-on-chronic-liver-failure",
 "NCT06825572": "https://ctv.veeva.com/study/msc-evs-in-acute-acute-on-chronic-liver-failure-after-liver-transplantation",
}
regs = []
md = open(os.path.join(SRC, "studies.md")).read().split("## E. Registered trials")[1]
for line in md.splitlines():
    if not line.startswith("| ") or line.startswith("| ID") or line.startswith("|---"): continue
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    rid_raw, cond, phase, status, enrol, source = cells
    tags = re.findall(r"\[(\w+)\]", rid_raw)
    rid = re.sub(r"\[\w+\]\s*", "", rid_raw).strip()
    url = re.search(r"https?://\S+", source)
    url = url.group(0).rstrip(";,") if url else ABBREV_URL.get(rid) or next(
        (u for k, u in ABBREV_URL.items() if re.search(r"\b" + re.escape(k) + r"\b", source)), None)
    owner = next((s for s in studies.values() if rid in s["registry_ids"]), None)
    if owner is not None:  # same registration already linked by a curated study: fold status/phase in
        if owner["status"] is None and status != "n/s": owner["status"] = status
        continue
    regs.append({
        "schema": "regenarch.evidence.study/1", "id": rid, "kind": "REGISTRATION", "registry_ids": [rid],
        "citation": None, "doi": None, "pmid": None, "design": "NOT_STATED", "design_as_printed": None,
        "condition": "ACLF" if "ACLF" in tags else ("OTHER_LIVER" if re.search(r"PBC|liver failure", cond) else "CIRRHOSIS"),
        "population": cond, "etiology": [],
        "country": None, "phase": None if phase == "n/s" else phase, "status": None if status == "n/s" else status,
        "enrollment_as_printed": None if enrol == "n/s" else enrol,
        "intervention_as_printed": cond, "product_type": "EVS" if "EV" in tags else "CELLS",
        "flags": ["cell type unverified: " + m.group(0)] if (m := re.search(r"cell type not specified", cond)) else [],
        "overlaps": [],
        "source": {"url": url,
                   "location": "studies.md section E table; source column: " + source,
                   "curated_from": "shared/science/evidence/studies.md"},
        "arms": [], "outcomes": []})

def _float(dumper, v):
    # large cell counts as 5.0e+07 rather than 50000000.0 (readable; YAML 1.1 float syntax)
    if v != 0 and abs(v) >= 1e4:
        mant, exp = f"{v:.6e}".split("e")
        mant = mant.rstrip("0")
        mant = mant + "0" if mant.endswith(".") else mant
        return dumper.represent_scalar("tag:yaml.org,2002:float", f"{mant}e{exp[0]}{exp[1:].zfill(2)}")
    return yaml.SafeDumper.represent_float(dumper, v)
yaml.SafeDumper.add_representer(float, _float)

def dump(obj, path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as fh:
        fh.write("# Curated by evidence/tools/curate_from_shared.py from shared/science/evidence; review by hand.\n")
        yaml.safe_dump(obj, fh, sort_keys=False, allow_unicode=True, width=120)

index = []
for sid, s in studies.items():
    dump(s, os.path.join(OUT, "studies", sid + ".yaml")); index.append("studies/" + sid + ".yaml")
for r in regs:
    name = r["id"].replace("/", "-") + ".yaml"
    dump(r, os.path.join(OUT, "registrations", name)); index.append("registrations/" + name)
print(len(studies), "studies", sum(len(s["arms"]) for s in studies.values()), "arms",
      sum(len(s["outcomes"]) for s in studies.values()), "outcomes", len(regs), "registrations")
with open(os.path.join(OUT, "index.txt"), "w") as fh:
    fh.write("# Files of the curated evidence base, loaded in this order (paths relative to this file).\n")
    for p in index + ["preclinical/TAA_rat_BMMSC_2014.yaml", "preclinical/CCl4_mouse_BMMSC_route_2016.yaml"]:
        fh.write(p + "\n")
