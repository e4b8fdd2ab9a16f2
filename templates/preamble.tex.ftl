<#-- The look of the LaTeX route, made from the theme's tokens (themes/<name>/theme.yaml), as
     templates/cv.css.ftl makes the HTML/PDF route's: fonts, colours, sizes, the date column (or none),
     section headings, the header, badges and the justification. Included by cv.tex.ftl; the entry
     macros there are built on \cvrow, \cvsection and \cvheader defined here. Every token is checked
     when the theme is read (colours are #rrggbb, families are NFSS codes), so none can act as TeX. -->
<#assign C = theme.colors>
<#assign S = theme.sizes>
<#assign SP = theme.spacing>
<#assign ST = theme.style>
<#function hex c><#return c?remove_beginning("#")?upper_case></#function>
<#function len x><#return x?string("0.##")></#function>
% ---- the look: theme "${theme.name}" ----
\renewcommand\familydefault{${theme.fonts.text.tex}}  % ${theme.fonts.text.css} in the PDF
\newcommand\cvheadingfont{\fontfamily{${theme.fonts.headings.tex}}\selectfont<#if theme.fonts.headings.weight == "bold">\bfseries</#if>}
\newcommand\cvnamefont{\fontfamily{${theme.fonts.name.tex}}\selectfont<#if theme.fonts.name.weight == "bold">\bfseries</#if>}
\definecolor{cvblue}{HTML}{${hex(C.accent)}}
\definecolor{cvtext}{HTML}{${hex(C.text)}}
\definecolor{cvdark}{HTML}{${hex(C.dark)}}
\definecolor{cvgray}{HTML}{${hex(C.muted)}}
\definecolor{cvfaint}{HTML}{${hex(C.faint)}}
\definecolor{cvdot}{HTML}{${hex(C.dot)}}
\definecolor{cvframe}{HTML}{${hex(C.frame)}}
\definecolor{cvaward}{HTML}{${hex(C.award)}}
\renewcommand\normalsize{\fontsize{${pt(1)}pt}{${lead(1)}pt}\selectfont}
\newcommand\cvnamesize{\fontsize{${pt(S.name)}pt}{${lead(S.name, 1.1)}pt}\selectfont}
\newcommand\cvheadsize{\fontsize{${pt(S.heading)}pt}{${lead(S.heading, 1.1)}pt}\selectfont}
\newcommand\cvlargesize{\fontsize{${pt(S.headline)}pt}{${lead(S.headline)}pt}\selectfont}
\newcommand\cvsmallsize{\fontsize{${pt(S.small)}pt}{${lead(S.small)}pt}\selectfont}
\newcommand\cvtinysize{\fontsize{${pt(S.tiny)}pt}{${lead(S.tiny)}pt}\selectfont}
\newcommand\cvfootsize{\fontsize{8pt}{10pt}\selectfont}
<#if theme.hasDateColumn()>
\newlength\cvdatewidth \setlength\cvdatewidth{${len(SP.dateColumn)}mm}   % the left column: dates and labels
\newlength\cvdategap   \setlength\cvdategap{${len(SP.dateGap)}mm}
<#else>
\newlength\cvdatewidth \setlength\cvdatewidth{0mm}   % no date column: dates end the entry's first line
\newlength\cvdategap   \setlength\cvdategap{0mm}
</#if>
\newlength\cvsectiongap \setlength\cvsectiongap{${len(L.sectionGapEm)}em}
\newcommand\cventrygap{\addvspace{${len(SP.entryGap)}em}}
<#if ST.justify>
\newcommand\cvtextalign{\cvjustify}   % paragraphs justified, as in the PDF
<#else>
\newcommand\cvtextalign{\raggedright}  % paragraphs ragged right, as in the PDF
</#if>
\newcommand\cvjustify{\leftskip=0pt\rightskip=0pt\parfillskip=0pt plus 1fil}

<#if theme.hasDateColumn()>
% \cvrow{left column}{body}: the two columns every entry is made of; a label too long for the
% left column (one long word) wraps there rather than running off the page
\newcommand\cvrow[2]{%
  \par\noindent
  \parbox[t]{\cvdatewidth}{\raggedleft\cvsmallsize\leavevmode\color{cvgray}#1\par}% (colour after \leavevmode: a [t] box aligns on its first line)
  \hspace{\cvdategap}%
  \parbox[t]{\dimexpr\linewidth-\cvdatewidth-\cvdategap\relax}{\leavevmode#2\par}\par
  \cventrygap}
% \cvlabelled{label}{body}: a label such as a skill group in the left column
\newcommand\cvlabelled[2]{\cvrow{\textbf{\color{cvdark}#1}}{#2}}
% \cvplace{location}: at the right of an entry's title line
\newcommand\cvplace[1]{\hfill{\cvsmallsize\itshape\color{cvgray}#1}}
<#else>
% \cvrow{date}{body}: one column; the date ends the body's first line, which is shortened to make room
\newcommand\cvrow[2]{%
  \par\noindent
  \parbox[t]{\linewidth}{%
    \setbox0\hbox{\cvsmallsize\color{cvgray}#1}%
    \ifdim\wd0>0pt \parshape 2 0pt \dimexpr\linewidth-\wd0-1.2em\relax 0pt \linewidth\fi
    \leavevmode\rlap{\hbox to \linewidth{\hfil\box0}}#2\par}\par
  \cventrygap}
% \cvlabelled{label}{body}: a label such as a skill group, leading the body
\newcommand\cvlabelled[2]{\cvrow{}{\textbf{\color{cvdark}#1:}\ #2}}
% \cvplace{location}: after the organisation, on the title line
\newcommand\cvplace[1]{\ {\color{cvdot}\textperiodcentered}\ \textit{\color{cvgray}#1}}
</#if>
<#assign gutter = theme.hasDateColumn()?then("\\dimexpr\\cvdatewidth+\\cvdategap\\relax", "0pt")>
% \cvheader{name}{headline}{contact line}
\newcommand\cvheader[3]{%
  {<#if ST.header == "center">\centering<#else>\raggedright\leftskip=${gutter?no_esc}</#if>\advance\rightskip by \cvphotoskip
   \noindent{\cvnamesize\cvnamefont\color{cvblue}#1\par}
   \if\relax\detokenize{#2}\relax\else\vspace{0.15em}{\cvlargesize\itshape\color{cvgray}#2\par}\fi
   \vspace{0.35em}{\color{cvdark}#3\par}}%
  \vspace{${len(L.sectionGapEm * 0.6)}em}}
<#if ST.heading == "bar">
% \cvsection{title}: a coloured bar in the left column and the title; kept with what follows
\newcommand\cvsection[1]{%
  \par\addvspace{\cvsectiongap}%
  \noindent{\color{cvblue}\rule[0.05em]{\cvdatewidth}{0.62em}}\hspace{\cvdategap}{\cvheadsize\cvheadingfont\color{cvblue}#1}%
  \par\nopagebreak\vspace{0.35em}}
<#elseif ST.heading == "rule">
% \cvsection{title}: the title in capitals over a thin rule across the measure; kept with what follows
\newcommand\cvsection[1]{%
  \par\addvspace{\cvsectiongap}%
  \noindent{\cvheadsize\cvheadingfont\color{cvblue}\MakeUppercase{#1}}\par\nopagebreak
  \vspace{0.12em}{\color{cvframe}\hrule height 0.6pt}\nopagebreak\vspace{0.35em}}
<#else>
% \cvsection{title}: the title in spaced capitals over a hairline; kept with what follows
\newcommand\cvsection[1]{%
  \par\addvspace{\cvsectiongap}%
  {<#if ST.header == "center">\centering<#else>\noindent</#if>{\cvheadsize\cvheadingfont\color{cvblue}\MakeUppercase{#1}}\par}\nopagebreak
  \vspace{0.15em}{\color{cvframe}\hrule height 0.4pt}\nopagebreak\vspace{0.35em}}
</#if>
<#-- a badge never wraps alone onto a line: no break before it, as in the PDF -->
<#if ST.badge == "box">
\newcommand\cvbadge[1]{\nobreak\hspace{0.6em}{\fboxsep=0.1em\fboxrule=0.4pt\color{cvframe}\fbox{\cvtinysize\color{cvblue}\,#1\,}}}
\newcommand\cvaward[1]{\nobreak\hspace{0.6em}{\fboxsep=0.1em\fboxrule=0.4pt\color{cvaward}\fbox{\cvtinysize\color{cvaward}\,#1\,}}}
<#else>
\newcommand\cvbadge[1]{\nobreak\hspace{0.6em}{\cvtinysize\itshape\color{cvblue}#1}}
\newcommand\cvaward[1]{\nobreak\hspace{0.6em}{\cvtinysize\itshape\color{cvaward}#1}}
</#if>
