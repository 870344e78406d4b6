"""The thesaurus (abbreviations and synonyms of the heat transition) and the words behind terms.

The defaults are common abbreviations and synonyms of Dutch heat-transition and municipal work;
coordinators can change them in the app (/kennis/thesaurus/).
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

# (kind, phrases): each line one group of words that mean the same in a search.
DEFAULTS = [
    ("afkorting", ["WUP", "wijkuitvoeringsplan"]),
    ("afkorting", ["TVW", "transitievisie warmte", "warmtevisie"]),
    ("afkorting", ["Wcw", "Wet collectieve warmte", "wet collectieve warmtevoorziening", "warmtewet"]),
    ("afkorting", ["Wgiw", "Wet gemeentelijke instrumenten warmtetransitie"]),
    ("afkorting", ["SVOH", "Subsidieregeling verduurzaming en onderhoud huurwoningen"]),
    ("afkorting", ["ISDE", "Investeringssubsidie duurzame energie en energiebesparing"]),
    ("afkorting", ["SVVE", "Subsidie verduurzaming verenigingen van eigenaren"]),
    ("afkorting", ["SDE++", "SDE", "Stimulering duurzame energieproductie"]),
    ("afkorting", ["RES", "regionale energiestrategie"]),
    ("afkorting", ["HR++ glas", "HR++", "isolatieglas", "dubbel glas"]),
    ("afkorting", ["PAW", "Programma Aardgasvrije Wijken"]),
    ("afkorting", ["NPLW", "Nationaal Programma Lokale Warmtetransitie"]),
    ("afkorting", ["WKO", "warmte-koudeopslag", "bodemenergie"]),
    ("afkorting", ["TEO", "thermische energie uit oppervlaktewater", "aquathermie"]),
    ("afkorting", ["TEA", "thermische energie uit afvalwater", "riothermie"]),
    ("afkorting", ["VvE", "vereniging van eigenaren"]),
    ("afkorting", ["NWF", "Nationaal Warmtefonds", "warmtefonds"]),
    ("afkorting", ["MKBA", "maatschappelijke kosten-batenanalyse"]),
    ("afkorting", ["NOM", "nul-op-de-meter"]),
    ("afkorting", ["BENG", "bijna energieneutraal gebouw"]),
    ("afkorting", ["VNG", "Vereniging van Nederlandse Gemeenten"]),
    ("afkorting", ["RVO", "Rijksdienst voor Ondernemend Nederland"]),
    ("afkorting", ["BZK", "ministerie van Binnenlandse Zaken en Koninkrijksrelaties"]),
    ("afkorting", ["B&W", "college van burgemeester en wethouders", "college van B en W"]),
    ("afkorting", ["WOZ", "WOZ-waarde", "waardering onroerende zaken"]),
    ("afkorting", ["GIS", "geografisch informatiesysteem"]),
    ("afkorting", ["ESCo", "energy service company", "energiedienstenbedrijf"]),
    ("synoniem", ["warmtenet", "warmtenetwerk", "stadsverwarming", "collectieve warmtevoorziening"]),
    ("synoniem", ["aardgasvrij", "gasvrij", "van het gas af"]),
    ("synoniem", ["isolatie", "isoleren"]),
    ("synoniem", ["participatie", "inspraak", "bewonersparticipatie"]),
    ("synoniem", ["energiecoöperatie", "energiecoop", "burgerenergie"]),
    ("synoniem", ["energiearmoede", "energiearm"]),
    ("synoniem", ["kostenverdeling", "verdeelsleutel", "kostenverdeelsleutel"]),
    ("synoniem", ["raadsvoorstel", "raadsbesluit"]),
    ("synoniem", ["verduurzaming", "verduurzamen"]),
]


def add_defaults(apps, schema_editor):
    entry = apps.get_model("knowledge", "ThesaurusEntry")
    entry.objects.bulk_create([entry(kind=kind, phrases="\n".join(phrases)) for kind, phrases in DEFAULTS])


def remove_defaults(apps, schema_editor):
    apps.get_model("knowledge", "ThesaurusEntry").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0005_item_text_out_of_line"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="termstat",
            name="word",
            field=models.CharField(blank=True, default="", max_length=100),
        ),
        migrations.CreateModel(
            name="ThesaurusEntry",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "phrases",
                    models.TextField(
                        help_text="Eén woord of woordgroep per regel, bijvoorbeeld WUP en wijkuitvoeringsplan.",
                        verbose_name="woorden",
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[("afkorting", "Afkorting"), ("synoniem", "Synoniem")],
                        default="synoniem",
                        max_length=10,
                        verbose_name="soort",
                    ),
                ),
                ("note", models.CharField(blank=True, max_length=200, verbose_name="toelichting")),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="gewijzigd op")),
                (
                    "updated_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="gewijzigd door",
                    ),
                ),
            ],
            options={
                "verbose_name": "zoekwoord met synoniemen",
                "verbose_name_plural": "thesaurus",
                "ordering": ["phrases", "id"],
            },
        ),
        migrations.RunPython(add_defaults, remove_defaults),
    ]
