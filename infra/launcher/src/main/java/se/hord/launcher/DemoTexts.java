package se.hord.launcher;

import java.util.List;
import java.util.Map;

/** The demo's survey, dialogue and answers, written for Hörd (not taken from real people). */
final class DemoTexts {
  private DemoTexts() {}

  static final List<String> UNSAFE =
      List.of(
          "Det är mörkt på vägen hem från skolan och gatlyktorna är trasiga.",
          "Några i klassen bråkar hela tiden och lärarna ser inte det.",
          "Jag blir retad i korridoren för mina kläder.",
          "På rasterna är det stökigt och ingen vuxen är ute på skolgården.",
          "Det är äldre killar som hänger vid busshållplatsen på kvällarna.",
          "Jag känner mig otrygg i omklädningsrummet efter idrotten.",
          "Det har varit hot i en gruppchatt som hela skolan är med i.",
          "Skolans toaletter går inte att låsa.",
          "I tunneln vid stationen känns det läskigt när det är mörkt.",
          "Mobbningen slutade aldrig fast vi sa till mentorn.",
          "Det är mycket droger runt centrum på helgerna.",
          "Jag vet inte vem jag ska prata med om något händer i skolan.");

  static final List<String> BETTER =
      List.of(
          "Fler gratis aktiviteter på sommarlovet, typ fotboll och bad.",
          "Fritidsgården borde ha öppet längre på fredagar.",
          "Billigare busskort så man kan ta sig till stan.",
          "Ett ställe att vara på inomhus på vintern där man inte måste köpa något.",
          "Mer belysning i parken och på gångvägarna.",
          "Sommarjobb till alla som vill ha ett.",
          "En skatepark närmare Vivalla.",
          "Fler platser där man kan spela musik och repa med sitt band.",
          "Att skolmaten blir bättre och att det finns vegetariskt varje dag.",
          "Att kommunen lyssnar på oss unga på riktigt och inte bara frågar.",
          "Gratis gym för unga under 20.",
          "Bussarna går för sällan på kvällen, man kommer inte hem.",
          "Mer hjälp med läxor efter skolan.",
          "Ett café för unga med wifi där man kan plugga.",
          "Någon vuxen att prata med på fritidsgården när man mår dåligt.",
          "Bättre skolgårdar med saker att göra för oss som går i högstadiet.",
          "Ring mig gärna om ni vill veta mer, 070-123 45 67.");

  static final List<String> CITY_UNSAFE =
      List.of(
          "Resecentrum på kvällen, det är fullt av folk som är fulla.",
          "Parken bakom biblioteket, där finns ingen belysning alls.",
          "Gångtunneln under järnvägen känns otrygg.",
          "Vid köpcentret har det varit bråk flera helger i rad.",
          "Bussen hem sent, ibland är det folk som trakasserar tjejer.",
          "Jag känner mig trygg nästan överallt men inte vid stationen.",
          "Cykelvägen längs ån är mörk på vintern.");

  static final List<String> CITY_IDEAS =
      List.of(
          "Fler ställen att hänga på som är gratis och öppna sent.",
          "Mer ljus och fler vuxna som rör sig i stan på kvällarna.",
          "En ungdomsscen på torget på sommaren.",
          "Gratis bussar för unga på helgerna.",
          "Fler bänkar och tak så man kan vara ute när det regnar.",
          "En plats för graffiti där det är lagligt att måla.",
          "Fältare som finns på plats vid stationen på fredagar.");

  static Map<String, Object> survey(String title) {
    return Map.of(
        "title",
        Map.of("sv", title, "en", "Young people's leisure and safety 2026"),
        "municipality",
        DemoData.MUNICIPALITY,
        "languages",
        List.of("sv", "en"),
        "minAge",
        13,
        "maxAge",
        25,
        "questions",
        List.of(
            choice(
                "alder",
                "Hur gammal är du?",
                "How old are you?",
                "ageBand",
                List.of("13-15", "16-19", "20-25")),
            choice(
                "kon",
                "Vilket kön har du?",
                "What is your gender?",
                "gender",
                List.of("tjej", "kille", "annat", "vill_inte_saga")),
            choice(
                "omrade",
                "Var bor du?",
                "Where do you live?",
                "area",
                List.of("centrum", "vivalla", "brickebacken", "adolfsberg", "baronbackarna")),
            Map.of(
                "key",
                "trygg",
                "type",
                "likert",
                "scale",
                5,
                "lowLabel",
                Map.of("sv", "Stämmer inte alls", "en", "Not at all"),
                "highLabel",
                Map.of("sv", "Stämmer helt", "en", "Completely"),
                "required",
                true,
                "text",
                Map.of(
                    "sv", "Jag känner mig trygg i skolan",
                    "en", "I feel safe at school")),
            Map.of(
                "key",
                "fritid",
                "type",
                "multi_choice",
                "text",
                Map.of("sv", "Vad gör du på fritiden?", "en", "What do you do in your free time?"),
                "options",
                List.of(
                    option("idrott", "Idrott", "Sports"),
                    option("fritidsgard", "Fritidsgård", "Youth centre"),
                    option("musik", "Musik", "Music"),
                    option("gaming", "Gaming", "Gaming"),
                    option("umgas", "Umgås med kompisar", "Hanging out with friends"))),
            Map.of(
                "key",
                "varfor",
                "type",
                "free_text",
                "maxLength",
                1000,
                "showIf",
                Map.of("question", "trygg", "in", List.of(1, 2)),
                "text",
                Map.of(
                    "sv", "Vad gör att du känner dig otrygg?",
                    "en", "What makes you feel unsafe?")),
            Map.of(
                "key",
                "battre",
                "type",
                "free_text",
                "maxLength",
                1000,
                "text",
                Map.of(
                    "sv", "Vad skulle göra din fritid bättre?",
                    "en", "What would make your free time better?")),
            Map.of(
                "key", "paverka",
                "type", "yes_no",
                "text",
                    Map.of(
                        "sv", "Tror du att du kan påverka i din kommun?",
                        "en", "Do you think you can make a difference in your municipality?"))));
  }

  private static Map<String, Object> choice(
      String key, String sv, String en, String dimension, List<String> options) {
    return Map.of(
        "key",
        key,
        "type",
        "single_choice",
        "role",
        "background",
        "dimension",
        dimension,
        "text",
        Map.of("sv", sv, "en", en),
        "options",
        options.stream().map(o -> option(o, label(o), label(o))).toList());
  }

  private static Map<String, Object> option(String key, String sv, String en) {
    return Map.of("key", key, "text", Map.of("sv", sv, "en", en));
  }

  private static String label(String key) {
    return switch (key) {
      case "vill_inte_saga" -> "Vill inte säga";
      case "vivalla",
          "brickebacken",
          "adolfsberg",
          "baronbackarna",
          "centrum",
          "tjej",
          "kille",
          "annat" ->
          Character.toUpperCase(key.charAt(0)) + key.substring(1);
      default -> key;
    };
  }

  static Map<String, Object> dialogue(String municipality) {
    return Map.of(
        "title",
        "En tryggare stadskärna för unga",
        "municipality",
        municipality,
        "description",
        "Vi vill veta var unga känner sig trygga och otrygga i stan, och vad som skulle göra"
            + " den bättre.",
        "prompts",
        List.of(
            Map.of("key", "trygghet", "text", "Var i stan känner du dig otrygg, och varför?"),
            Map.of("key", "ideer", "text", "Vad skulle göra stan bättre för unga?")),
        "statements",
        List.of(
            Map.of("key", "ljus", "text", "Det behövs mer belysning i parkerna."),
            Map.of("key", "buss", "text", "Bussar ska vara gratis för unga."),
            Map.of(
                "key",
                "hang",
                "text",
                "Det finns för få ställen att vara på utan att köpa något.")));
  }
}
