# Generates the metafor reference fixtures for the Regenarch meta-analysis engine.
# Run from this folder:  Rscript make_reference.R default   (writes cases/)
#                        Rscript make_reference.R tight     (writes cases_exact/)
# Needs R with metafor (Debian: r-cran-metafor, 3.8-1) and jsonlite. CI does not run this script;
# the Java tests read the committed cases*/*.csv + *.json only.
# "default": metafor's DEFAULT control (Fisher scoring threshold 1e-5, uniroot tol eps^0.25), what a
#   user of metafor gets and what Regenarch reproduces by default.
# "tight": every iterative quantity converged tightly (ctrl below); Regenarch's --exact mode.
suppressMessages({ library(metafor); library(jsonlite) })
mode <- commandArgs(trailingOnly = TRUE)[1]
if (is.na(mode)) mode <- "default"
stopifnot(mode %in% c("default", "tight"))
ctrl <- if (mode == "tight") list(threshold = 1e-12, tol = 1e-12, maxiter = 10000) else list()
outdir <- if (mode == "tight") "cases_exact" else "cases"
source_note <- paste0("metafor ", packageVersion("metafor"), ", ",
                      if (mode == "tight") "tight convergence" else "default settings", " (make_reference.R)")
dir.create(outdir, showWarnings = FALSE)
na2null <- function(x) if (is.null(x) || length(x) == 0 || is.na(x)) NA else unname(x)

tau2ci <- function(res) {
  if (!inherits(res, "rma.uni") || res$method %in% c("FE", "EE", "CE") || res$k < 2) return(c(NA, NA))
  ci <- confint(res, control = ctrl)$random
  c(ci["tau^2", "ci.lb"], ci["tau^2", "ci.ub"])
}

fit <- function(d, measure, method, test) {
  if (method == "MH")   return(rma.mh(ai = d$ai, bi = d$bi, ci = d$ci, di = d$di, measure = measure))
  if (method == "PETO") return(rma.peto(ai = d$ai, bi = d$bi, ci = d$ci, di = d$di))
  es <- escalc_for(d, measure)
  rma(yi, vi, data = es, method = ifelse(method == "FE", "EE", method), test = test, control = ctrl)
}
escalc_for <- function(d, measure) {
  if (measure %in% c("MD", "SMD", "ROM"))
    return(escalc(measure, m1i = m1i, sd1i = sd1i, n1i = n1i, m2i = m2i, sd2i = sd2i, n2i = n2i, data = d))
  if (measure %in% c("RR", "OR", "RD"))
    return(escalc(measure, ai = ai, bi = bi, ci = ci, di = di, data = d))
  if (!is.null(d$vi)) return(escalc("GEN", yi = yi, vi = vi, data = d))
  escalc("GEN", yi = yi, sei = sei, data = d)
}

main_block <- function(res, method) {
  mh <- method %in% c("MH", "PETO")
  pr <- if (mh || method == "FE") NULL else predict(res)
  tci <- tau2ci(res)
  list(k = res$k, estimate = c(res$beta), se = res$se, stat = res$zval, pval = res$pval,
       ci_lb = res$ci.lb, ci_ub = res$ci.ub,
       pi_lb = if (is.null(pr)) NA else pr$pi.lb, pi_ub = if (is.null(pr)) NA else pr$pi.ub,
       tau2 = if (mh) NA else res$tau2, tau2_ci_lb = tci[1], tau2_ci_ub = tci[2],
       i2 = res$I2, h2 = res$H2, q = res$QE, q_df = if (mh) res$k.yi - 1 else res$k - res$p, q_pval = res$QEp)
}

make_case <- function(name, d, measure, method, test = "z", subgroup = NULL, mods = NULL,
                      loo = TRUE, cumulative = TRUE, egger = TRUE, trimfill = TRUE, csvdata = d) {
  res <- fit(d, measure, method, test)
  mh <- method %in% c("MH", "PETO")
  exp <- main_block(res, method)
  exp$measure <- measure; exp$method <- method; exp$test <- test
  w <- weights(res)
  es <- NULL
  if (method == "PETO") es <- escalc("PETO", ai = ai, bi = bi, ci = ci, di = di, data = d, drop00 = TRUE)
  if (mh && method == "MH") es <- escalc(measure, ai = ai, bi = bi, ci = ci, di = di, data = d, drop00 = TRUE)
  yi <- if (mh) es$yi else res$yi
  vi <- if (mh) es$vi else res$vi
  exp$studies <- lapply(seq_len(nrow(d)), function(i) list(study = as.character(d$study[i]),
      yi = na2null(yi[i]), vi = na2null(vi[i]), weight = unname(w[i])))
  args <- list(measure = measure, method = method, test = test)
  if (!is.null(subgroup)) {
    args$subgroup <- subgroup
    lv <- sort(unique(as.character(d[[subgroup]])))
    subs <- lapply(lv, function(l) {
      r <- fit(d[as.character(d[[subgroup]]) == l, ], measure, method, test)
      list(level = l, k = r$k, estimate = c(r$beta), se = r$se, ci_lb = r$ci.lb, ci_ub = r$ci.ub,
           tau2 = if (mh) NA else r$tau2, i2 = r$I2)
    })
    exp$subgroups <- subs
    st <- rma(yi = sapply(subs, `[[`, "estimate"), sei = sapply(subs, `[[`, "se"), method = "EE")
    exp$subgroup_test <- list(q = st$QE, df = length(lv) - 1, pval = st$QEp)
  }
  if (!is.null(mods)) {
    args$moderators <- mods
    es2 <- escalc_for(d, measure)
    f <- as.formula(paste("~", paste(mods, collapse = " + ")))
    mr <- rma(yi, vi, mods = f, data = es2, method = ifelse(method == "FE", "EE", method), test = test, control = ctrl)
    cf <- lapply(seq_along(mr$beta), function(j) list(name = rownames(mr$beta)[j], estimate = mr$beta[j],
        se = mr$se[j], stat = mr$zval[j], pval = mr$pval[j], ci_lb = mr$ci.lb[j], ci_ub = mr$ci.ub[j]))
    exp$moderators <- list(coefficients = cf, qm = mr$QM, qm_df = mr$QMdf[1], qm_pval = mr$QMp,
        r2 = na2null(mr$R2), tau2 = mr$tau2, i2 = mr$I2, qe = mr$QE, qe_df = mr$k - mr$p, qe_pval = mr$QEp)
  }
  if (loo) {
    args$leave_one_out <- TRUE
    l1 <- leave1out(res)
    exp$leave_one_out <- lapply(seq_len(nrow(d)), function(i) list(omitted = as.character(d$study[i]),
        estimate = l1$estimate[i], se = l1$se[i], tau2 = if (mh) NA else l1$tau2[i], i2 = l1$I2[i]))
  }
  if (cumulative) {
    args$cumulative <- TRUE
    cu <- cumul(res)
    exp$cumulative <- lapply(seq_len(nrow(d)), function(i) list(added = as.character(d$study[i]),
        estimate = cu$estimate[i], se = cu$se[i], ci_lb = cu$ci.lb[i], ci_ub = cu$ci.ub[i],
        tau2 = if (mh) NA else cu$tau2[i], i2 = cu$I2[i]))
  }
  if (egger) {
    args$egger <- TRUE
    eg <- regtest(res)
    exp$egger <- list(stat = eg$zval, pval = eg$pval)
  }
  if (trimfill && !mh) {
    args$trimfill <- TRUE
    tf <- trimfill(res, control = ctrl)
    exp$trimfill <- list(k0 = tf$k0, side = tf$side, estimate = c(tf$beta), se = tf$se,
        ci_lb = tf$ci.lb, ci_ub = tf$ci.ub)
  }
  write.csv(csvdata, file.path(outdir, paste0(name, ".csv")), row.names = FALSE, quote = TRUE)
  writeLines(toJSON(list(name = name, source = source_note,
      convergence = mode, args = args, expected = exp), auto_unbox = TRUE, digits = NA, na = "null", pretty = TRUE),
      file.path(outdir, paste0(name, ".json")))
}

# --- datasets -------------------------------------------------------------------------------------
bcg <- with(dat.bcg, data.frame(study = paste0(author, " ", year), ai = tpos, bi = tneg, ci = cpos, di = cneg,
                                ablat = ablat, year = year, alloc = alloc))
norm <- with(dat.normand1999, data.frame(study = source, m1i, sd1i, n1i, m2i, sd2i, n2i))
niel <- with(dat.nielweise2007, data.frame(study = paste0(author, " ", year), ai = ai, bi = n1i - ai,
                                           ci = ci, di = n2i - ci))
nielcsv <- with(dat.nielweise2007, data.frame(study = paste0(author, " ", year), ai = ai, n1i = n1i, ci = ci, n2i = n2i))
mol <- escalc("ZCOR", ri = ri, ni = ni, data = dat.molloy2014)
molg <- data.frame(study = paste0(mol$authors, " ", mol$year), yi = c(mol$yi), vi = c(mol$vi), meanage = mol$meanage,
                   design = mol$design)
bcgl <- escalc("RR", ai = tpos, bi = tneg, ci = cpos, di = cneg, data = dat.bcg)
bcgsei <- data.frame(study = paste0(dat.bcg$author, " ", dat.bcg$year), yi = c(bcgl$yi), sei = sqrt(c(bcgl$vi)))

methods <- c("FE", "DL", "REML", "ML", "PM", "SJ", "HE", "EB", "HS")
for (m in methods) for (t in c("z", "knha"))
  make_case(paste0("bcg_RR_", m, "_", t), bcg, "RR", m, t)
for (m in c("DL", "REML", "PM")) make_case(paste0("bcg_RR_", m, "_sub_alloc"), bcg, "RR", m, "z", subgroup = "alloc",
                                            loo = FALSE, cumulative = FALSE, egger = FALSE, trimfill = FALSE)
make_case("bcg_RR_REML_knha_sub_alloc", bcg, "RR", "REML", "knha", subgroup = "alloc", loo = FALSE, cumulative = FALSE, egger = FALSE, trimfill = FALSE)
make_case("bcg_RR_FE_sub_alloc", bcg, "RR", "FE", "z", subgroup = "alloc", loo = FALSE, cumulative = FALSE, egger = FALSE, trimfill = FALSE)
for (m in c("REML", "DL", "ML", "FE")) for (t in c("z", "knha"))
  make_case(paste0("bcg_RR_", m, "_", t, "_mods_ablat_year"), bcg, "RR", m, t, mods = c("ablat", "year"),
            loo = FALSE, cumulative = FALSE, egger = FALSE, trimfill = FALSE)
make_case("bcg_RR_REML_z_mods_alloc", bcg, "RR", "REML", "z", mods = c("alloc"), loo = FALSE, cumulative = FALSE, egger = FALSE, trimfill = FALSE)
make_case("bcg_RR_MH", bcg, "RR", "MH", subgroup = "alloc")
make_case("bcg_OR_MH", bcg, "OR", "MH")
make_case("bcg_RD_MH", bcg, "RD", "MH")
make_case("bcg_OR_PETO", bcg, "OR", "PETO", subgroup = "alloc")
make_case("bcg_OR_REML_z", bcg, "OR", "REML")
make_case("bcg_RD_DL_z", bcg, "RD", "DL")
for (m in c("FE", "DL", "REML", "PM")) {
  make_case(paste0("normand_MD_", m), norm, "MD", m)
  make_case(paste0("normand_ROM_", m), norm, "ROM", m)
}
for (m in methods) make_case(paste0("normand_SMD_", m), norm, "SMD", m, ifelse(m %in% c("REML", "PM"), "knha", "z"))
for (m in c("DL", "REML")) make_case(paste0("nielweise_OR_", m), niel, "OR", m, csvdata = nielcsv)
make_case("nielweise_RR_DL", niel, "RR", "DL", csvdata = nielcsv)
make_case("nielweise_RD_DL", niel, "RD", "DL", csvdata = nielcsv)
make_case("nielweise_OR_MH", niel, "OR", "MH", csvdata = nielcsv)
make_case("nielweise_RR_MH", niel, "RR", "MH", csvdata = nielcsv)
make_case("nielweise_RD_MH", niel, "RD", "MH", csvdata = nielcsv)
make_case("nielweise_OR_PETO", niel, "OR", "PETO", csvdata = nielcsv)
for (m in c("REML", "DL", "PM")) make_case(paste0("molloy_GEN_", m), molg, "GEN", m, "z")
make_case("molloy_GEN_REML_knha_mods", molg, "GEN", "REML", "knha", mods = c("meanage"), subgroup = "design")
make_case("bcg_GENsei_REML", bcgsei, "GEN", "REML")
make_case("k2_GEN_REML", bcgsei[1:2, ], "GEN", "REML", egger = FALSE, trimfill = FALSE)
make_case("k2_GEN_DL_knha", bcgsei[1:2, ], "GEN", "DL", "knha", egger = FALSE, trimfill = FALSE)
eq <- data.frame(study = paste0("S", 1:5), yi = rep(0.3, 5), vi = c(0.01, 0.02, 0.03, 0.04, 0.05))
make_case("equal_GEN_REML", eq, "GEN", "REML", trimfill = FALSE)
make_case("equal_GEN_DL", eq, "GEN", "DL", trimfill = FALSE)
# Seeded synthetic data sets (k = 3..30, from homogeneous to strongly heterogeneous): exercise
# the iterative estimators' stopping rules far from the textbook data, incl. tau2 near 0.
set.seed(20261126)
for (i in 1:6) {
  k <- c(3, 5, 8, 12, 20, 30)[i]
  vi <- runif(k, 0.005, 0.2)
  yi <- rnorm(k, 0.4, sqrt(vi + c(0, 0.01, 0.05, 0.2, 0.5, 1)[i]))
  syn <- data.frame(study = paste0("syn", i, "_", seq_len(k)), yi = round(yi, 4), vi = round(vi, 5))
  for (m in c("REML", "ML", "EB", "PM"))
    make_case(paste0("synthetic", i, "_GEN_", m), syn, "GEN", m, ifelse(i %% 2 == 0, "knha", "z"),
              egger = k >= 3, trimfill = k >= 3)
}
cat("wrote", length(list.files(outdir, pattern = "json$")), "cases\n")
