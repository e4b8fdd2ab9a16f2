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
        @Doc("One paragraph per item.") List<String> summary,
        List<String> interests,
        List<Position> experience,
        List<Contribution> openSource,
        @Doc("Where the publications come from.") PublicationSettings publications,
        List<Project> projects,
        List<SkillGroup> skills,
        List<Education> education,
        @Doc("Documents to make, by name (cv, resume, ...); default: a full CV and a one-page resume.") Map<String, Variant> variants,
        @Doc("Extra TrueType font files (.ttf, .ttc) or folders of them, beside profile.yaml, for characters Vita's fonts lack.") List<String> fonts) {

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
        variants = variants == null ? Map.of() : Map.copyOf(variants);
        fonts = Lists.copy(fonts);
    }
}
