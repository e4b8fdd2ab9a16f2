<#-- A numbered entry: its number in the left column. -->
<#import "../inline.tex.ftl" as i>
<#macro entry item doc>
\cvitem{${item.number}.}{<@i.rich item.summary/>}
</#macro>
