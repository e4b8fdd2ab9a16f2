package dev.vita.load;

import dev.vita.model.RichText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Decodes the LaTeX people write in BibTeX fields into Unicode rich text: accents in every
 * spelling, special characters, dashes, quotes, protected case, emphasis (kept as italic or bold
 * spans) and simple math. An unknown command prints its argument and is reported by name.
 * JBibTeX's own LaTeXParser throws on math and unknown macros, hence this small decoder.
 */
final class LatexDecoder {
    /** Commands that print a fixed text, in and out of math. */
    static final Map<String, String> SYMBOLS = symbols();
    /** Accent commands and the combining character each puts on its argument. */
    static final Map<String, Character> ACCENTS = Map.ofEntries(
            Map.entry("'", '\u0301'), Map.entry("`", '\u0300'), Map.entry("^", '\u0302'), Map.entry("\"", '\u0308'),
            Map.entry("~", '\u0303'), Map.entry("=", '\u0304'), Map.entry(".", '\u0307'), Map.entry("c", '\u0327'),
            Map.entry("v", '\u030C'), Map.entry("u", '\u0306'), Map.entry("H", '\u030B'), Map.entry("k", '\u0328'),
            Map.entry("r", '\u030A'), Map.entry("d", '\u0323'), Map.entry("b", '\u0331'), Map.entry("t", '\u0361'),
            // math accents
            Map.entry("hat", '\u0302'), Map.entry("widehat", '\u0302'), Map.entry("bar", '\u0304'), Map.entry("overline", '\u0305'),
            Map.entry("tilde", '\u0303'), Map.entry("widetilde", '\u0303'), Map.entry("dot", '\u0307'), Map.entry("ddot", '\u0308'),
            Map.entry("vec", '\u20D7'), Map.entry("check", '\u030C'), Map.entry("acute", '\u0301'), Map.entry("grave", '\u0300'),
            Map.entry("breve", '\u0306'));
    private static final Set<String> ITALIC = Set.of("emph", "textit", "textsl", "mathit", "textem");
    private static final Set<String> BOLD = Set.of("textbf", "mathbf", "boldsymbol", "bm");
    /** Commands whose argument prints as it is (font changes Vita does not copy). */
    private static final Set<String> TRANSPARENT = Set.of("textsc", "texttt", "textrm", "textsf", "textup", "textnormal",
            "textmd", "mbox", "hbox", "text", "mathrm", "mathsf", "mathtt", "mathcal", "mathscr", "mathfrak", "operatorname",
            "NoCaseChange", "ensuremath", "textnoop", "nolinkurl", "textsubscript", "enquote", "uppercase", "lowercase");
    private static final Set<String> ITALIC_SWITCH = Set.of("em", "it", "itshape", "sl", "slshape");
    private static final Set<String> BOLD_SWITCH = Set.of("bf", "bfseries");
    /** Commands that print nothing and take no argument. */
    private static final Set<String> SILENT = Set.of("relax", "protect", "xspace", "normalfont", "rm", "sc", "tt", "sf",
            "scshape", "ttfamily", "upshape", "mdseries", "rmfamily", "sffamily", "left", "right", "big", "Big", "bigl",
            "bigr", "displaystyle", "textstyle", "limits", "nobreak", "allowbreak", "unskip", "null", "noindent", "smallskip",
            "medskip", "bigskip", "hfill", "hfil", "newblock", "sloppy", "frenchspacing", "kern", "hskip", "vphantom");
    /** Commands whose argument is never printed (sort keys, hyphenation hints). */
    private static final Set<String> DROP_ARGUMENT = Set.of("noopsort", "hyphenation", "label", "index", "phantom", "hphantom", "SortNoop", "sortnoop");
    private static final Map<Character, Character> SUPERSCRIPT = pairs("0123456789+-=()ni", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ");
    private static final Map<Character, Character> SUBSCRIPT = pairs("0123456789+-=()aeoxijrv", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓᵢⱼᵣᵥ");
    private static final Map<Character, String> BLACKBOARD = Map.of('R', "ℝ", 'N', "ℕ", 'Z', "ℤ", 'Q', "ℚ", 'C', "ℂ", 'E', "𝔼", 'P', "ℙ");

    private static final String[] ROMAN = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};

    /** Groups, math and arguments nest this deep at most; deeper input is refused, not recursed into. */
    static final int MAX_NESTING = 100;

    /** Thrown when a value nests deeper than {@link #MAX_NESTING}: the caller skips the entry with a warning. */
    static final class TooDeep extends RuntimeException {
        TooDeep() {
            super("LaTeX nested more than " + MAX_NESTING + " levels deep", null, false, false);
        }
    }

    private final Consumer<String> unknown;

    /** {@code unknown} hears the name of every command this decoder does not know, each time it occurs. */
    LatexDecoder(Consumer<String> unknown) {
        this.unknown = unknown;
    }

    /** The rich text a LaTeX field value prints; null for null. */
    RichText decode(String latex) {
        if (latex == null) return null;
        Run run = new Run(latex, 0);
        run.sequence(false, false, false, -1);
        return run.result();
    }

    /** The plain text a LaTeX field value prints; null for null. */
    String plain(String latex) {
        RichText t = decode(latex);
        return t == null ? null : t.text();
    }

    /** One decoding pass over one value. */
    private final class Run {
        private final String s;
        private int i;
        private final List<RichText.Span> spans = new ArrayList<>();
        private final StringBuilder cur = new StringBuilder();
        private boolean curItalic;
        private boolean curBold;
        /** How deep this run's sequences nest, counting the runs that started it. */
        private int level;

        Run(String s, int level) {
            this.s = s;
            this.level = level;
        }

        RichText result() {
            flush();
            // white space collapses across spans, as TeX collapses it; the ends are trimmed
            List<RichText.Span> out = new ArrayList<>();
            boolean lastSpace = true;
            for (RichText.Span sp : spans) {
                StringBuilder b = new StringBuilder();
                for (char c : sp.text().toCharArray()) {
                    boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
                    if (!space) b.append(c);
                    else if (!lastSpace) b.append(' ');
                    lastSpace = space;
                }
                out.add(new RichText.Span(Normalizer.normalize(b.toString(), Normalizer.Form.NFC), sp.italic(), sp.bold()));
            }
            for (int k = out.size() - 1; k >= 0; k--) {
                RichText.Span sp = out.get(k);
                String t = sp.text().stripTrailing();
                out.set(k, new RichText.Span(t, sp.italic(), sp.bold()));
                if (!t.isEmpty()) break;
            }
            return new RichText(out);
        }

        private void emit(String text, boolean italic, boolean bold) {
            if (text.isEmpty()) return;
            if (italic != curItalic || bold != curBold) {
                flush();
                curItalic = italic;
                curBold = bold;
            }
            cur.append(text);
        }

        private void flush() {
            if (cur.length() > 0) spans.add(new RichText.Span(cur.toString(), curItalic, curBold));
            cur.setLength(0);
        }

        /**
         * Decodes until the end, a closing brace of this group, or (in math) the closing delimiter;
         * {@code close} is the math delimiter character ('$' or ')'), -1 outside math.
         */
        void sequence(boolean italic, boolean bold, boolean math, int close) {
            if (++level > MAX_NESTING) throw new TooDeep();
            try {
                sequenceAt(italic, bold, math, close);
            } finally {
                level--;
            }
        }

        private void sequenceAt(boolean italic, boolean bold, boolean math, int close) {
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '}') {
                    return; // the caller consumes it
                }
                if (math && close == '$' && c == '$') return;
                if (math && close == ')' && s.startsWith("\\)", i)) return;
                if (math && close == ']' && s.startsWith("\\]", i)) return;
                if (c == '{') {
                    i++;
                    // a switch such as {\em …} or {\bf …} styles the rest of its group
                    group(italic, bold, math);
                    continue;
                }
                if (c == '\\') {
                    int[] style = command(italic, bold, math);
                    if (style != null) {
                        italic = style[0] == 1;
                        bold = style[1] == 1;
                    }
                    continue;
                }
                if (c == '$') {
                    i++;
                    boolean display = i < s.length() && s.charAt(i) == '$';
                    if (display) i++;
                    sequence(italic, bold, true, '$');
                    if (i < s.length() && s.charAt(i) == '$') i++;
                    if (display && i < s.length() && s.charAt(i) == '$') i++;
                    continue;
                }
                if (math && (c == '^' || c == '_')) {
                    i++;
                    script(c == '^', italic, bold);
                    continue;
                }
                i++;
                emit(textChar(c, math), italic, bold);
            }
        }

        private void group(boolean italic, boolean bold, boolean math) {
            sequence(italic, bold, math, -1);
            if (i < s.length() && s.charAt(i) == '}') i++;
        }

        private String textChar(char c, boolean math) {
            if (c == '~') return math ? " " : "\u00A0";
            if (math) return c == '\'' ? "′" : String.valueOf(c);
            if (c == '-' && s.startsWith("--", i)) {
                i += 2;
                return "—";
            }
            if (c == '-' && s.startsWith("-", i)) {
                i += 1;
                return "–";
            }
            if (c == '`' && s.startsWith("`", i)) {
                i++;
                return "“";
            }
            if (c == '\'' && s.startsWith("'", i)) {
                i++;
                return "”";
            }
            if (c == '`') return "‘";
            if (c == '\'') return "’";
            return String.valueOf(c);
        }

        /** A superscript or subscript in math: Unicode where every character has a form, else the plain text. */
        private void script(boolean sup, boolean italic, boolean bold) {
            Run inner = new Run(argument(), level);
            inner.sequence(false, false, true, -1);
            String t = inner.result().text();
            Map<Character, Character> map = sup ? SUPERSCRIPT : SUBSCRIPT;
            StringBuilder b = new StringBuilder();
            for (char ch : t.toCharArray()) {
                Character m = map.get(ch);
                if (m == null) {
                    emit(t, italic, bold); // no Unicode form for all of it: print it as it is
                    return;
                }
                b.append(m);
            }
            emit(b.toString(), italic, bold);
        }

        /** The next argument's source: a braced group's content, a command, or one character. */
        private String argument() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
            if (i >= s.length()) return "";
            char c = s.charAt(i);
            if (c == '{') {
                int depth = 0;
                int start = i;
                for (; i < s.length(); i++) {
                    if (s.charAt(i) == '\\') {
                        i++;
                        continue;
                    }
                    if (s.charAt(i) == '{') depth++;
                    if (s.charAt(i) == '}' && --depth == 0) {
                        i++;
                        return s.substring(start + 1, i - 1);
                    }
                }
                return s.substring(start + 1);
            }
            if (c == '\\') {
                int start = i++;
                if (i < s.length() && Character.isLetter(s.charAt(i))) {
                    while (i < s.length() && Character.isLetter(s.charAt(i))) i++;
                } else if (i < s.length()) {
                    i++;
                }
                return s.substring(start, i);
            }
            i += Character.charCount(s.codePointAt(i));
            return s.substring(i - Character.charCount(s.codePointBefore(i)), i);
        }

        private String decodePlain(String src, boolean math) {
            Run inner = new Run(src, level);
            inner.sequence(false, false, math, -1);
            return inner.result().text();
        }

        /** Handles a command at {@code i}; returns a new {italic, bold} when it was a style switch. */
        private int[] command(boolean italic, boolean bold, boolean math) {
            i++; // the backslash
            if (i >= s.length()) return null;
            char c = s.charAt(i);
            String name;
            boolean spaceAfter = false;
            if (Character.isLetter(c)) {
                int start = i;
                while (i < s.length() && Character.isLetter(s.charAt(i))) i++;
                name = s.substring(start, i);
                while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n')) {
                    i++;
                    spaceAfter = true;
                }
            } else {
                name = String.valueOf(c);
                i++;
            }
            Character accent = ACCENTS.get(name);
            if (accent != null) {
                String base = decodePlain(argument(), false);
                if (base.isEmpty()) {
                    emit(String.valueOf(accent), italic, bold);
                } else {
                    int cp = base.codePointAt(0);
                    if (cp == 'ı') cp = 'i';
                    emit(new String(Character.toChars(cp)) + accent + base.substring(Character.charCount(base.codePointAt(0))), italic, bold);
                }
                return null;
            }
            switch (name) {
                case "(" -> {
                    sequence(italic, bold, true, ')');
                    if (s.startsWith("\\)", i)) i += 2;
                    return null;
                }
                case "[" -> {
                    sequence(italic, bold, true, ']');
                    if (s.startsWith("\\]", i)) i += 2;
                    return null;
                }
                case ")", "]", "-", "/", "@", "!", ";", ">" -> {
                    return null;
                }
                case " ", ",", ":", "\\", "\n" -> {
                    emit(" ", italic, bold);
                    return null;
                }
                default -> { }
            }
            if (name.length() == 1 && "&%$#_{}".contains(name)) {
                emit(name, italic, bold);
                return null;
            }
            String sym = SYMBOLS.get(name);
            if (sym != null) {
                // a word such as \log or \LaTeX keeps the space after it, as a reader expects; \ss does not
                // and in math, an operator such as \cap keeps the space the source put after it ("A ∩ B")
                boolean word = sym.length() > 1 && sym.chars().allMatch(Character::isLetter);
                emit(spaceAfter && (word || math) ? sym + " " : sym, italic, bold);
                if (s.startsWith("{}", i)) i += 2;
                return null;
            }
            String builtIn = AasMacros.lookup(name);
            if (builtIn != null) {
                // a journal abbreviation reads as a word: the space after it stays ("\apj 123" → "ApJ 123");
                // a relation in math is spaced as TeX spaces it ("z\gt 2" → "z > 2")
                if (math && AasMacros.RELATIONS.contains(name)) builtIn = " " + builtIn + " ";
                emit(spaceAfter ? builtIn + " " : builtIn, italic, bold);
                if (s.startsWith("{}", i)) i += 2;
                return null;
            }
            if (ITALIC_SWITCH.contains(name)) return new int[] {1, bold ? 1 : 0};
            if (BOLD_SWITCH.contains(name)) return new int[] {italic ? 1 : 0, 1};
            if (SILENT.contains(name)) return null;
            if (ITALIC.contains(name)) {
                styled(argument(), true, bold, math);
                return null;
            }
            if (BOLD.contains(name)) {
                styled(argument(), italic, true, math);
                return null;
            }
            switch (name) {
                case "url", "path" -> {
                    emit(argument(), italic, bold);
                    return null;
                }
                case "href" -> {
                    argument();
                    styled(argument(), italic, bold, math);
                    return null;
                }
                case "textsuperscript" -> {
                    String t = decodePlain(argument(), false);
                    emit(t, italic, bold);
                    return null;
                }
                case "mathbb", "mathbbm", "varmathbb" -> {
                    String t = decodePlain(argument(), true);
                    StringBuilder b = new StringBuilder();
                    for (char ch : t.toCharArray()) b.append(BLACKBOARD.getOrDefault(ch, String.valueOf(ch)));
                    emit(b.toString(), italic, bold);
                    return null;
                }
                case "frac", "tfrac", "dfrac" -> {
                    String a = decodePlain(argument(), true);
                    String b = decodePlain(argument(), true);
                    emit(a + "/" + b, italic, bold);
                    return null;
                }
                case "ion" -> {
                    // AASTeX's \ion{Fe}{2} is the spectroscopists' "Fe II"
                    String element = decodePlain(argument(), false);
                    String level = decodePlain(argument(), false).strip();
                    emit(element + "\u00A0" + (level.matches("[1-9]") ? ROMAN[Integer.parseInt(level)] : level), italic, bold);
                    return null;
                }
                case "sqrt" -> {
                    emit("√" + decodePlain(argument(), true), italic, bold);
                    return null;
                }
                case "MakeUppercase" -> {
                    emit(decodePlain(argument(), math).toUpperCase(java.util.Locale.ROOT), italic, bold);
                    return null;
                }
                case "MakeLowercase" -> {
                    emit(decodePlain(argument(), math).toLowerCase(java.util.Locale.ROOT), italic, bold);
                    return null;
                }
                default -> { }
            }
            if (DROP_ARGUMENT.contains(name)) {
                argument();
                return null;
            }
            if (TRANSPARENT.contains(name)) {
                styled(argument(), italic, bold, math);
                return null;
            }
            unknown.accept(name);
            if (i < s.length() && s.charAt(i) == '{') styled(argument(), italic, bold, math);
            return null;
        }

        private void styled(String src, boolean italic, boolean bold, boolean math) {
            Run inner = new Run(src, level);
            inner.sequence(italic, bold, math, -1);
            inner.flush();
            for (RichText.Span sp : inner.spans) emit(sp.text(), sp.italic(), sp.bold());
        }
    }

    private static Map<Character, Character> pairs(String from, String to) {
        Map<Character, Character> m = new HashMap<>();
        for (int k = 0; k < from.length(); k++) m.put(from.charAt(k), to.charAt(k));
        return Map.copyOf(m);
    }

    private static Map<String, String> symbols() {
        Map<String, String> m = new HashMap<>();
        String[] pairs = {
            "ss", "ß", "SS", "SS", "o", "ø", "O", "Ø", "l", "ł", "L", "Ł", "ae", "æ", "AE", "Æ", "oe", "œ", "OE", "Œ",
            "aa", "å", "AA", "Å", "i", "ı", "j", "ȷ", "DH", "Ð", "dh", "ð", "TH", "Þ", "th", "þ", "DJ", "Đ", "dj", "đ",
            "NG", "Ŋ", "ng", "ŋ", "dag", "†", "ddag", "‡", "textdagger", "†", "textdaggerdbl", "‡", "S", "§", "P", "¶",
            "textsection", "§", "textparagraph", "¶", "copyright", "©", "textcopyright", "©", "textregistered", "®",
            "texttrademark", "™", "textendash", "–", "textemdash", "—", "textquoteleft", "‘", "textquoteright", "’",
            "textquotedblleft", "“", "textquotedblright", "”", "textquotedbl", "\"", "quotedblbase", "„", "quotesinglbase", "‚",
            "guillemotleft", "«", "guillemotright", "»", "guilsinglleft", "‹", "guilsinglright", "›", "ldots", "…",
            "dots", "…", "textellipsis", "…", "cdots", "⋯", "textasciitilde", "~", "textasciicircum", "^", "texttimes", "×",
            "textbackslash", "\\", "textbar", "|", "textless", "<", "textgreater", ">", "textunderscore", "_",
            "textbullet", "•", "textperiodcentered", "·", "textdegree", "°", "textpm", "±", "textmu", "µ", "texteuro", "€",
            "euro", "€", "pounds", "£", "textsterling", "£", "textyen", "¥", "textcent", "¢", "textexclamdown", "¡",
            "textquestiondown", "¿", "textordfeminine", "ª", "textordmasculine", "º", "textonehalf", "½",
            "textonequarter", "¼", "textthreequarters", "¾", "textperthousand", "‰", "textminus", "−", "textdiv", "÷",
            "textrightarrow", "→", "textleftarrow", "←", "textuparrow", "↑", "textdownarrow", "↓", "textsurd", "√",
            "checkmark", "✓", "LaTeX", "LaTeX", "TeX", "TeX", "BibTeX", "BibTeX", "LaTeXe", "LaTeX2e", "textvisiblespace", "␣",
            "quad", " ", "qquad", " ", "enspace", " ", "thinspace", " ", "space", " ", "newline", " ", "linebreak", " ",
            "par", " ", "and", "and", "textasteriskcentered", "∗", "ast", "*", "star", "⋆",
            // math
            "alpha", "α", "beta", "β", "gamma", "γ", "delta", "δ", "epsilon", "ϵ", "varepsilon", "ε", "zeta", "ζ",
            "eta", "η", "theta", "θ", "vartheta", "ϑ", "iota", "ι", "kappa", "κ", "lambda", "λ", "mu", "μ", "nu", "ν",
            "xi", "ξ", "pi", "π", "varpi", "ϖ", "rho", "ρ", "varrho", "ϱ", "sigma", "σ", "varsigma", "ς", "tau", "τ",
            "upsilon", "υ", "phi", "ϕ", "varphi", "φ", "chi", "χ", "psi", "ψ", "omega", "ω", "Gamma", "Γ", "Delta", "Δ",
            "Theta", "Θ", "Lambda", "Λ", "Xi", "Ξ", "Pi", "Π", "Sigma", "Σ", "Upsilon", "Υ", "Phi", "Φ", "Psi", "Ψ",
            "Omega", "Ω", "oplus", "⊕", "otimes", "⊗", "ominus", "⊖", "odot", "⊙", "times", "×", "cdot", "⋅", "div", "÷",
            "pm", "±", "mp", "∓", "leq", "≤", "le", "≤", "geq", "≥", "ge", "≥", "neq", "≠", "ne", "≠", "approx", "≈",
            "sim", "∼", "simeq", "≃", "equiv", "≡", "propto", "∝", "infty", "∞", "rightarrow", "→", "to", "→",
            "leftarrow", "←", "gets", "←", "leftrightarrow", "↔", "Rightarrow", "⇒", "Leftarrow", "⇐", "Leftrightarrow", "⇔",
            "mapsto", "↦", "uparrow", "↑", "downarrow", "↓", "in", "∈", "notin", "∉", "subset", "⊂", "subseteq", "⊆",
            "supset", "⊃", "cup", "∪", "cap", "∩", "emptyset", "∅", "forall", "∀", "exists", "∃", "neg", "¬", "lnot", "¬",
            "land", "∧", "wedge", "∧", "lor", "∨", "vee", "∨", "ell", "ℓ", "partial", "∂", "nabla", "∇", "sum", "∑",
            "prod", "∏", "int", "∫", "circ", "∘", "bullet", "•", "dagger", "†", "ddagger", "‡", "prime", "′",
            "langle", "⟨", "rangle", "⟩", "lceil", "⌈", "rceil", "⌉", "lfloor", "⌊", "rfloor", "⌋", "mid", "|",
            "vert", "|", "Vert", "‖", "ll", "≪", "gg", "≫", "hbar", "ℏ", "aleph", "ℵ", "Re", "ℜ", "Im", "ℑ", "wp", "℘",
            "log", "log", "ln", "ln", "exp", "exp", "max", "max", "min", "min", "arg", "arg", "sin", "sin", "cos", "cos",
            "tan", "tan", "lim", "lim", "sup", "sup", "inf", "inf", "det", "det", "dim", "dim", "ker", "ker", "Pr", "Pr",
            "colon", ":", "lbrace", "{", "rbrace", "}", "backslash", "\\", "setminus", "∖", "top", "⊤", "bot", "⊥",
            "vdots", "⋮", "ddots", "⋱", "star", "⋆", "diamond", "⋄", "triangle", "△", "square", "□", "sharp", "♯",
        };
        for (int k = 0; k < pairs.length; k += 2) m.put(pairs[k], pairs[k + 1]);
        return Map.copyOf(m);
    }
}
