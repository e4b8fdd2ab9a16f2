<#-- A detailed entry: \cventry{dates}{title}{organization}{location}{summary, details, note, highlights}. -->
<#import "../inline.tex.ftl" as i>
<#macro entry item doc>
\cventry{${item.when}}{<#if item.url??>\href{${texurl(item.url)}}{<@i.rich item.title/>}<#else><@i.rich item.title/></#if><#if item.aside??>\textmd{ \textemdash{} <@i.rich item.aside/>}</#if>}{<#if item.organization??><@i.rich item.organization/></#if>}{${item.location!}}{%
<#if item.summary??>  <@i.rich item.summary/>
</#if>
<#list item.details as line>  \cvdetail{<@i.parts line/>}
</#list>
<#if item.note?has_content>  \cvnote{${item.noteLabel}}{<#list item.note as c><@i.rich c/><#sep>, </#sep></#list>}
</#if>
<#if item.highlights?has_content>  \begin{itemize}
<#list item.highlights as h>    \item <@i.rich h/>
</#list>
  \end{itemize}
</#if>
}
</#macro>
