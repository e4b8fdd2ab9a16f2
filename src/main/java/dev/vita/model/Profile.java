package dev.vita.model;

import java.util.List;
import java.util.Map;

/** A person's profile: who they are and every section of their CV, as read from profile.yaml. */
public record Profile(
        @Required @Doc("Your name as it heads every document.") String name,
        @Doc("Other spellings of your name in author lists (e.g. \"A. Example\"); matches are set in bold.") List<String> aliases,
        @Doc("One line under your name, e.g. a job title.") String headline,
        String location,
        @Doc("E-mail address.") String email,
        String phone,
        @Doc("Homepage, an http:// or https:// address.") String website,
        @Doc("Further labelled links (Google Scholar, GitHub, ...).") List<Link> links,
        @Doc("One paragraph per item; inline Markdown allowed.") List<RichText> summary,
        List<String> interests,
        List<Position> experience,
        List<Contribution> openSource,
        @Doc("Where the publications come from.") PublicationSettings publications,
        List<Project> projects,
        List<SkillGroup> skills,
        List<Education> education,
        @Doc("Awards, honours, prizes.") List<Entry> awards,
        @Doc("Talks and invited presentations.") List<Entry> talks,
        @Doc("Courses taught or assisted.") List<Entry> teaching,
        @Doc("Service: reviewing, committees, organising.") List<Entry> service,
        @Doc("Grants and funding won.") List<Entry> grants,
        @Doc("Students supervised; title is the student's name.") List<Entry> supervision,
        @Doc("Languages spoken; title is the language, level how well.") List<Entry> languages,
        @Doc("Certificates and licences.") List<Entry> certificates,
        @Doc("Volunteering.") List<Entry> volunteer,
        @Doc("References; title is the referee's name.") List<Entry> references,
        @Doc("Sections with a title of your own, placed after the standard ones unless a variant orders them.") List<CustomSection> sections,
        @Doc("The documents' language: en, de, fr, es, pt, it, zh, ja or ko (default en).") String locale,
        @Doc("Your own words for any label: section titles by section id, present, etAl, month.3, ...") Map<String, String> labels,
        @Doc("A JPEG or PNG photo inside the profile folder, shown in the header.") String photo,
        @Doc("Documents to make, by name (cv, resume, ...); default: a full CV and a one-page resume.") Map<String, Variant> variants,
        @Doc("Extra TrueType font files (.ttf, .ttc) or folders of them, beside profile.yaml, for characters Vita's fonts lack.") List<String> fonts,
        @Doc("The look of every document: a theme that `vita themes` lists (default: classic).") String theme) {

    public Profile {
        aliases = Lists.copy(aliases);
        links = Lists.copy(links);
        summary = Lists.copy(summary);
        interests = Lists.copy(interests);
        experience = Lists.copy(experience);
        openSource = Lists.copy(openSource);
        publications = publications == null ? PublicationSettings.DEFAULT : publications;
        projects = Lists.copy(projects);
        skills = Lists.copy(skills);
        education = Lists.copy(education);
        awards = Lists.copy(awards);
        talks = Lists.copy(talks);
        teaching = Lists.copy(teaching);
        service = Lists.copy(service);
        grants = Lists.copy(grants);
        supervision = Lists.copy(supervision);
        languages = Lists.copy(languages);
        certificates = Lists.copy(certificates);
        volunteer = Lists.copy(volunteer);
        references = Lists.copy(references);
        sections = Lists.copy(sections);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        variants = variants == null ? Map.of() : Map.copyOf(variants);
        fonts = Lists.copy(fonts);
    }

    /** A profile with only the eight original sections (plain-text summary), as tests and tools make them. */
    public Profile(String name, List<String> aliases, String headline, String location, String email, String phone,
            String website, List<Link> links, List<String> summary, List<String> interests, List<Position> experience,
            List<Contribution> openSource, PublicationSettings publications, List<Project> projects, List<SkillGroup> skills,
            List<Education> education, Map<String, Variant> variants) {
        this(name, aliases, headline, location, email, phone, website, links,
                summary == null ? null : summary.stream().map(RichText::plain).toList(), interests, experience, openSource,
                publications, projects, skills, education, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, variants, null, null);
    }
}
