package dev.vita.load;

import java.util.HashMap;
import java.util.Map;

/**
 * The journal macros of the AAS journals' {@code aas_macros.sty} ({@code \apj}, {@code \aap},
 * {@code \mnras}, …), which NASA ADS writes into every BibTeX export, and the math macros of
 * astronomy papers ({@code \gtrsim}, {@code \sun}, {@code \arcsec}, …). The abbreviations are the
 * ones the AAS journals document for their reference lists; the table is written here, not copied.
 */
final class AasMacros {
    private AasMacros() {}

    /** Journal macro name → the abbreviation it prints. */
    static final Map<String, String> JOURNALS = table(
            "aj", "AJ", "actaa", "AcA", "araa", "ARA&A", "apj", "ApJ", "apjl", "ApJL", "apjlett", "ApJL",
            "apjs", "ApJS", "apjsupp", "ApJS", "ao", "ApOpt", "applopt", "ApOpt", "apss", "Ap&SS", "aap", "A&A",
            "astap", "A&A", "aapr", "A&A Rv", "aaps", "A&AS", "azh", "AZh", "baas", "BAAS", "bac", "BAICz",
            "caa", "ChA&A", "cjaa", "ChJA&A", "icarus", "Icarus", "jcap", "JCAP", "jrasc", "JRASC", "memras", "MmRAS",
            "mnras", "MNRAS", "na", "NewA", "nar", "NewAR", "pra", "PhRvA", "prb", "PhRvB", "prc", "PhRvC",
            "prd", "PhRvD", "pre", "PhRvE", "prl", "PhRvL", "pasa", "PASA", "pasp", "PASP", "pasj", "PASJ",
            "psj", "PSJ", "rmxaa", "RMxAA", "qjras", "QJRAS", "skytel", "S&T", "solphys", "SoPh", "sovast", "Soviet Ast.",
            "ssr", "SSRv", "zap", "ZA", "nat", "Nature", "iaucirc", "IAUC", "aplett", "Astrophys. Lett.",
            "apspr", "Astrophys. Space Phys. Res.", "bain", "BAN", "fcp", "FCPh", "gca", "GeoCoA",
            "grl", "Geophys. Res. Lett.", "jcp", "JChPh", "jgr", "J. Geophys. Res.", "jqsrt", "JQSRT",
            "memsai", "MmSAI", "nphysa", "NuPhA", "physrep", "PhR", "physscr", "PhyS", "planss", "Planet. Space Sci.",
            "procspie", "Proc. SPIE", "maps", "M&PS", "aas", "AAS Meeting Abstracts", "dps", "AAS/DPS Meeting Abstracts",
            "jaavso", "JAAVSO", "ffl", "FrASS");

    /** Math and unit macros of astronomy papers (AASTeX, MNRAS) → the text they print. */
    static final Map<String, String> MATH = table(
            "gt", ">", "lt", "<", "lesssim", "≲", "gtrsim", "≳", "la", "≲", "ga", "≳", "lapprox", "≲", "gapprox", "≳",
            "simlt", "≲", "simgt", "≳", "lsim", "≲", "gsim", "≳", "sun", "☉", "Sun", "☉", "earth", "⊕", "degr", "°",
            "degree", "°", "arcmin", "′", "arcsec", "″", "farcm", "′.", "farcs", "″.", "fdg", "°.", "micron", "μm",
            "Msun", "M☉", "Lsun", "L☉", "Rsun", "R☉", "msun", "M☉", "lsun", "L☉", "percent", "%");

    /** The math macros that are relations, spaced on both sides in math as TeX spaces them. */
    static final java.util.Set<String> RELATIONS = java.util.Set.of("gt", "lt", "lesssim", "gtrsim", "la", "ga", "lapprox",
            "gapprox", "simlt", "simgt", "lsim", "gsim");

    /** The text a built-in macro prints, or null when it is none of these. */
    static String lookup(String name) {
        String j = JOURNALS.get(name);
        return j != null ? j : MATH.get(name);
    }

    private static Map<String, String> table(String... pairs) {
        Map<String, String> m = new HashMap<>();
        for (int k = 0; k < pairs.length; k += 2) m.put(pairs[k], pairs[k + 1]);
        return Map.copyOf(m);
    }
}
