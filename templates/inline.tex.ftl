<#-- Rich text for LaTeX (model/RichText: BibTeX titles, Markdown in profile text): every span escaped;
     emphasis as \emph and \textbf, code as \texttt, links (checked http/https/mailto) as \href. -->
<#macro rich t><#list t.spans as sp><#local s><#if sp.code>\texttt{${sp.text}}<#else>${sp.text}</#if></#local><#if sp.bold && sp.italic><#local s>\textbf{\emph{${s}}}</#local><#elseif sp.bold><#local s>\textbf{${s}}</#local><#elseif sp.italic><#local s>\emph{${s}}</#local></#if><#if sp.url??>\href{${texurl(sp.url)}}{${s}}<#else>${s}</#if></#list></#macro>
<#macro link url text><#if url?has_content>\href{${texurl(url)}}{${text}}<#else>${text}</#if></#macro>
<#-- parts of a line with the dot between them -->
<#macro parts list><#list list as x>\cvpart{<@rich x/>}<#sep>\cvsep </#sep></#list></#macro>
