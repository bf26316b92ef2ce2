#!/usr/bin/env python3
"""Independent reference implementation of the Regenarch scores (SCORES.md), written separately
from the Java code, used to generate clinical/src/test/resources/independent_cases.csv.

Run:  python3 clinical/src/test/python/independent_cases.py > clinical/src/test/resources/independent_cases.csv
Deterministic (seeded). Rounding is decimal half-up on the shortest repr, as the rules say
"round to the tenth / nearest integer". Cases exactly on a .5 after float arithmetic are skipped
(they would test float noise, not the rule); boundary cases are covered by the JUnit tests.
"""
import random
from decimal import Decimal, ROUND_HALF_UP
from math import log, log10, sqrt

rnd = random.Random(20261126)


def half_up(x, q):
    return Decimal(repr(x)).quantize(Decimal(q), rounding=ROUND_HALF_UP)


def near_half(x, scale):
    frac = abs(x * scale) % 1
    return abs(frac - 0.5) < 1e-6


def to_mg(v, unit, factor):
    return v if unit == "mg" else float(Decimal(repr(v)) / Decimal(factor))


def meld_parts(cr, bili, inr, dial):
    bili, inr = max(bili, 1.0), max(inr, 1.0)
    cr = 4.0 if dial or cr > 4.0 else max(cr, 1.0)
    mi = 0.957 * log(cr) + 0.378 * log(bili) + 1.120 * log(inr) + 0.643
    return mi, int(half_up(mi, "0.1") * 10)


rows = []


def emit(score, inputs, value, cls=""):
    rows.append(f"{score},{';'.join(f'{k}={v}' for k, v in inputs.items())},{value},{cls}")


def labs():
    bili_unit = rnd.choice(["mg", "umol"])
    cr_unit = rnd.choice(["mg", "umol"])
    alb_unit = rnd.choice(["g_dl", "g_l"])
    bili_mg = round(10 ** rnd.uniform(-0.7, 1.5), 2)  # 0.2..32 mg/dL, log-uniform
    cr_mg = round(10 ** rnd.uniform(-0.5, 0.75), 2)  # 0.3..5.6 mg/dL, log-uniform
    alb = round(rnd.uniform(1.0, 5.0), 1)
    inp = {}
    inp["bili_mg_dl" if bili_unit == "mg" else "bili_umol_l"] = bili_mg if bili_unit == "mg" else round(bili_mg * 17.1, 1)
    inp["cr_mg_dl" if cr_unit == "mg" else "cr_umol_l"] = cr_mg if cr_unit == "mg" else round(cr_mg * 88.4, 0)
    inp["alb_g_dl" if alb_unit == "g_dl" else "alb_g_l"] = alb if alb_unit == "g_dl" else round(alb * 10)
    inp["inr"] = round(rnd.uniform(0.8, 3.5), 2)
    inp["na_mmol_l"] = rnd.randint(118, 145)
    inp["dialysis"] = 1 if rnd.random() < 0.15 else 0
    return inp


def lab_values(inp):
    bili = inp["bili_mg_dl"] if "bili_mg_dl" in inp else to_mg(inp["bili_umol_l"], "umol", "17.1")
    cr = inp["cr_mg_dl"] if "cr_mg_dl" in inp else to_mg(inp["cr_umol_l"], "umol", "88.4")
    alb = inp["alb_g_dl"] if "alb_g_dl" in inp else float(Decimal(repr(inp["alb_g_l"])) / 10)
    return bili, cr, alb


for _ in range(80):
    inp = labs()
    bili, cr, alb = lab_values(inp)
    mi, meld = meld_parts(cr, bili, inp["inr"], inp["dialysis"])
    if near_half(mi, 10):
        continue
    m_in = {k: v for k, v in inp.items() if not k.startswith(("alb", "na"))}
    emit("MELD", m_in, min(meld, 40))
    na = min(max(inp["na_mmol_l"], 125), 137)
    if meld > 11:
        exact = Decimal(meld) + Decimal("1.32") * (Decimal(137) - Decimal(na)) - Decimal("0.033") * Decimal(meld) * (Decimal(137) - Decimal(na))
        meld_na = min(int(exact.quantize(Decimal("1"), rounding=ROUND_HALF_UP)), 40)
    else:
        meld_na = meld
    emit("MELDNa", {k: v for k, v in inp.items() if not k.startswith("alb")}, meld_na)
    # MELD 3.0
    sex = rnd.choice(["F", "M"])
    b3, i3 = max(bili, 1.0), max(inp["inr"], 1.0)
    c3 = 3.0 if inp["dialysis"] or cr > 3.0 else max(cr, 1.0)
    a3 = min(max(alb, 1.5), 3.5)
    x = (1.33 * (sex == "F") + 4.56 * log(b3) + 0.82 * (137 - na) - 0.24 * (137 - na) * log(b3)
         + 9.09 * log(i3) + 11.14 * log(c3) + 1.85 * (3.5 - a3) - 1.83 * (3.5 - a3) * log(c3) + 6)
    if not near_half(x, 1):
        emit("MELD3", dict(inp, sex=sex), min(int(half_up(x, "1")), 40), int(half_up(x, "1")))
    # Child-Pugh
    asc = rnd.choice(["none", "mild", "moderate-severe"])
    enc = rnd.choice(["none", "grade-1-2", "grade-3-4"])
    chol = 1 if rnd.random() < 0.2 else 0
    lo, hi = (4, 10) if chol else (2, 3)
    p = (1 if bili < lo else 2 if bili <= hi else 3)
    p += 1 if alb > 3.5 else 2 if alb >= 2.8 else 3
    p += 1 if inp["inr"] < 1.7 else 2 if inp["inr"] <= 2.3 else 3
    p += {"none": 1, "mild": 2, "moderate-severe": 3}[asc] + {"none": 1, "grade-1-2": 2, "grade-3-4": 3}[enc]
    cp_in = {k: v for k, v in inp.items() if k.startswith(("bili", "alb", "inr"))}
    cp_in.update(ascites=asc, encephalopathy=enc, cholestatic=chol)
    emit("ChildPugh", cp_in, p, "A" if p <= 6 else "B" if p <= 9 else "C")
    # ALBI
    b_umol = bili if False else (inp["bili_umol_l"] if "bili_umol_l" in inp else float(Decimal(repr(inp["bili_mg_dl"])) * Decimal("17.1")))
    a_gl = inp["alb_g_l"] if "alb_g_l" in inp else float(Decimal(repr(inp["alb_g_dl"])) * 10)
    albi = 0.66 * log10(b_umol) - 0.085 * a_gl
    emit("ALBI", {k: v for k, v in inp.items() if k.startswith(("bili", "alb"))}, repr(albi),
         1 if albi <= -2.60 else 2 if albi <= -1.39 else 3)
    # APRI and FIB-4
    age = rnd.randint(18, 85)
    ast, alt, plt = rnd.randint(10, 400), rnd.randint(8, 400), rnd.randint(20, 450)
    uln = rnd.choice([None, 35, 40, 50])
    apri = ast / (uln or 40) / plt * 100
    a_in = {"ast_u_l": ast, "plt_10e9_l": plt}
    if uln:
        a_in["ast_uln_u_l"] = uln
    emit("APRI", a_in, repr(apri), "rule-out" if apri <= 0.5 else "rule-in" if apri > 1.5 else "indeterminate")
    fib4 = age * ast / (plt * sqrt(alt))
    emit("FIB4", {"age_y": age, "ast_u_l": ast, "alt_u_l": alt, "plt_10e9_l": plt}, repr(fib4),
         "rule-out" if fib4 < 1.45 else "rule-in" if fib4 > 3.25 else "indeterminate")

print("score,inputs,expected,expected_class")
print("\n".join(rows))
