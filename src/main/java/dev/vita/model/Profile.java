package dev.vita.model;

import java.util.List;
import java.util.Map;

/** A person's profile: who they are and every section of their CV, as read from profile.yaml. */
public record Profile(
        String name,
        List<String> aliases,
        String headline,
        String location,
        String email,
        String phone,
        String website,
        List<Link> links,
        List<String> summary,
        List<String> interests,
        List<Position> experience,
        List<Contribution> openSource,
        PublicationSettings publications,
        List<Project> projects,
        List<SkillGroup> skills,
        List<Education> education,
        Map<String, Variant> variants) {

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
    }
}
