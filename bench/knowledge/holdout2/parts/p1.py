DOCS = [
dict(id="d001", kind="onderzoek", phase="tvw",
title="Haalbaarheidsonderzoek warmtenet Assen-Oost",
summary="Technisch en financieel onderzoek naar een middentemperatuur warmtenet voor circa 2.400 woningen in Assen-Oost, inclusief bronkeuze en aansluitbereidheid.",
body="""1. Aanleiding
In de Transitievisie Warmte van Assen is Assen-Oost aangewezen als kansrijke buurt voor een collectieve warmtevoorziening. De gemeente heeft een extern bureau gevraagd om de haalbaarheid van een warmtenet te onderzoeken. Dit rapport vat de resultaten samen.

2. Uitgangspunten
- circa 2.400 woningen, waarvan 61% huurwoningen van twee corporaties
- bouwjaren 1965-1980, gemiddeld energielabel D
- temperatuurniveau 70 graden (middentemperatuur), zodat woningen met beperkte na-isolatie kunnen aansluiten
- aansluitbereidheid onder eigenaar-bewoners: aangenomen 60%, corporaties 100%

3. Bronnen
Onderzocht zijn drie bronnen: restwarmte van de zuivelfabriek aan de Industrieweg, aquathermie uit het Noord-Willemskanaal (TEO) met een collectieve warmtepomp, en een biomassaketel als piekvoorziening. De restwarmte is goedkoop maar niet leveringszeker na 2035. Een combinatie van TEO met een seizoensopslag (WKO) scoort het best op duurzaamheid.

4. Financiële uitkomsten
De onrendabele top bedraagt naar schatting 9,8 miljoen euro, ofwel ongeveer 4.100 euro per woning. Met een bijdrage uit de WIS (Warmtetransitie Investeringssubsidie) en een lagere aansluitbijdrage voor corporatiewoningen is het project bij 70% deelname sluitend te maken.

5. Risico's
- onvoldoende aansluitbereidheid bij eigenaar-bewoners
- capaciteit van het elektriciteitsnet voor de collectieve warmtepomp (netcongestie, zie advies netbeheerder)
- vertraging in de Wet collectieve warmte en onduidelijkheid over het publieke warmtebedrijf

6. Advies
Ga door naar een fase van marktconsultatie en start tegelijk met een participatietraject met bewoners. Leg afspraken met de corporaties vast in een intentieovereenkomst."""),

dict(id="d002", kind="onderzoek", phase="tvw",
title="Potentie thermische energie uit oppervlaktewater in Drenthe",
summary="Quickscan van het waterschap en vier gemeenten naar de mogelijkheden van TEO uit kanalen en vaarten als warmtebron voor wijken.",
body="""Samen met waterschap Hunze en Aa's hebben Assen, Aa en Hunze, Tynaarlo en Midden-Drenthe een quickscan laten uitvoeren naar thermische energie uit oppervlaktewater (TEO). In de zomer wordt warmte uit het water gehaald, opgeslagen in de bodem en in de winter met een warmtepomp opgewaardeerd.

Belangrijkste bevindingen:
- De Drentsche Aa is vanwege de natuurwaarde ongeschikt; kanalen zoals het Noord-Willemskanaal en de Hoogeveensche Vaart zijn wel geschikt.
- Het theoretisch potentieel is 1,9 PJ, voldoende voor ongeveer 45.000 woningen.
- De praktische beperking zit in de afstand tussen water en wijk (maximaal 1,5 km is rendabel) en in de beschikbaarheid van opslagruimte in de bodem.
- Het waterschap wil meewerken maar vraagt om een watervergunning per project en monitoring van de watertemperatuur.

Vervolg: de gemeenten nemen aquathermie als optie op in hun transitievisie en vragen de regionale flexpool om een gezamenlijke kennissessie met het waterschap te organiseren."""),

dict(id="d003", kind="onderzoek", phase="tvw",
title="Restwarmte uit industrie en datacenters: inventarisatie regio Zuid-Oost Drenthe",
summary="Inventarisatie van beschikbare restwarmte bij bedrijven in Emmen en Coevorden en de mogelijkheden om die te benutten in een warmtenet.",
body="""In deze inventarisatie zijn 14 bedrijven benaderd die mogelijk restwarmte beschikbaar hebben. Met 9 bedrijven is een gesprek gevoerd.

Resultaat in het kort:
- Drie bedrijven hebben een substantiële hoeveelheid restwarmte op hoge temperatuur (> 60 graden): een vezelfabriek, een kunststofverwerker en een datacenter in aanbouw.
- Het datacenter levert laagwaardige warmte (30-35 graden), die alleen met een collectieve warmtepomp bruikbaar is.
- Bedrijven willen zich niet langer dan 10 jaar vastleggen. Leveringszekerheid is daarmee het grootste knelpunt. Een back-up voorziening is altijd nodig.

Aanbevelingen
1. Maak restwarmte onderdeel van de Regionale Structuur Warmte (RSW) in de RES.
2. Sluit intentieovereenkomsten met de twee grootste leveranciers.
3. Onderzoek samen met de provincie of een regionaal warmtebedrijf de risico's van wegvallende bronnen kan dragen."""),

dict(id="d004", kind="onderzoek", phase="tvw",
title="Quickscan geothermie Meppel en Westerveld",
summary="Verkenning naar diepe en ondiepe aardwarmte als bron voor warmtenetten in Meppel; conclusie: diepe geothermie is onzeker, ondiepe bodemenergie kansrijk.",
body="""Samenvatting quickscan aardwarmte (geothermie)

De ondergrond onder Meppel bestaat op 2 tot 3 kilometer diepte uit zandsteenlagen van het Rotliegend. Op basis van bestaande seismische gegevens is de kans op een economisch winbare geothermiebron ingeschat op 35%. Een proefboring kost circa 18 miljoen euro. De risico's worden deels afgedekt door de landelijke garantieregeling, maar de gemeente kan een warmtenet niet plannen op een bron die mogelijk niet doorgaat.

Ondiepe geothermie (tot 500 meter) en open bodemenergiesystemen (WKO) zijn in Meppel-Noord en het bedrijventerrein Blankenstein wel kansrijk.

Advies aan het college: neem diepe aardwarmte op als 'kans op langere termijn' in de transitievisie, maar baseer geen wijkkeuze op deze bron vóór 2030."""),

dict(id="d005", kind="kaart", phase="tvw",
title="Kaartbeschrijving: bodemenergie en WKO-interferentiegebieden Groningen-Zuid",
summary="Toelichting op de kaartlaag met bestaande warmte-koudeopslagsystemen, beschermingszones voor drinkwater en gebieden waar nieuwe systemen elkaar kunnen hinderen.",
body="""Deze kaart hoort bij het bodemenergieplan.
Lagen:
- bestaande open WKO-systemen (bron: LGR-register), 47 stuks
- gesloten bodemlussen, geschat op basis van vergunningen
- grondwaterbeschermingsgebied (geen bodemenergie toegestaan)
- interferentiegebieden: zones waar een nieuwe warmte-koudeopslag een bestaand systeem negatief kan beinvloeden
- kansrijke gebieden voor collectieve WKO bij nieuwbouw en utiliteit

Leeswijzer: groen = kansrijk, oranje = maatwerk met meetplan, rood = uitgesloten.
De kaart is bedoeld als eerste verkenning en vervangt geen vergunningsprocedure. Voor aanvragen geldt het Besluit bodemenergiesystemen en de regels van de provincie."""),

dict(id="d006", kind="overig", phase="algemeen",
title="Notitie: de rol van biomassa in onze warmtevisie",
summary="Standpuntnotitie over het gebruik van houtige biomassa als warmtebron; biomassa alleen als tijdelijke piek- en back-upvoorziening.",
body="""Biomassa ligt maatschappelijk gevoelig. Tijdens de participatie voor de TVW kregen we veel vragen over houtstook, fijnstof en de herkomst van houtsnippers.

Ons voorstel:
- geen nieuwe grootschalige biomassacentrales voor de basislast van warmtenetten
- kleinschalige biomassa (lokaal snoeihout, < 1 MW) alleen als piek- of back-upvoorziening en als overgangsoplossing tot uiterlijk 2035
- duurzaamheidscriteria volgens het landelijke afwegingskader duurzame biogrondstoffen
- jaarlijks rapporteren over herkomst en emissies

Deze notitie is in het overleg van de portefeuillehouders besproken. Twee gemeenten willen biomassa volledig uitsluiten, de andere gemeenten volgen het voorstel."""),

dict(id="d007", kind="onderzoek", phase="tvw",
title="Groen gas en waterstof voor het buitengebied",
summary="Onderzoek naar alternatieven voor verspreid liggende boerderijen en dorpen waar warmtenetten en all-electric lastig zijn.",
body="""In het buitengebied van Aa en Hunze en Borger-Odoorn staan ruim 6.000 woningen die verspreid liggen, vaak oud en slecht geïsoleerd. Een warmtenet is daar niet betaalbaar. Volledig elektrisch verwarmen stuit op netcongestie en hoge isolatiekosten.

Groen gas
Lokaal kan groen gas worden gemaakt met covergisting van mest bij melkveebedrijven. Het potentieel in de twee gemeenten is geschat op 9 miljoen m3 per jaar, genoeg voor circa 7.000 goed geïsoleerde woningen in combinatie met een hybride warmtepomp. Het bestaande gasnet kan blijven.

Waterstof
Waterstof is voor de gebouwde omgeving tot 2035 geen realistische optie. Het is schaars en zal eerst naar industrie en zwaar transport gaan. De pilots met waterstofwijken hebben waardevolle lessen opgeleverd, maar geen schaalbare oplossing.

Conclusie: zet in het buitengebied in op isoleren, hybride warmtepompen en lokaal groen gas. Houd waterstof als optie in de monitoring."""),

dict(id="d008", kind="les", phase="uitvoering",
title="Geleerde lessen warmtenet Hoogeveen-Centrum: te weinig aansluitingen",
summary="Terugblik op een warmtenetproject waar de deelname van eigenaar-bewoners ver achterbleef bij de verwachting.",
body="""Wat ging er mis?
We gingen uit van 70% deelname. Na twee jaar zitten we op 38% bij particuliere eigenaren. Oorzaken volgens de evaluatie:
- wantrouwen over de warmteprijs; bewoners wisten niet of de tarieven aan de gasprijs gekoppeld blijven
- het warmtebedrijf communiceerde pas na het raadsbesluit, toen de keuze al gemaakt leek
- de aansluitbijdrage van 5.000 euro was voor veel huishoudens te hoog
- te weinig persoonlijk contact: alleen informatieavonden en een website

Wat zouden we nu anders doen?
- eerst met bewoners praten, dan pas een bron en een partner kiezen
- een onafhankelijk energieloket of energiecoach die per straat langs gaat
- duidelijkheid over tarieven en de toekomstige regels uit de Wet collectieve warmte
- een 'sociale' aansluitbijdrage of betaling via de energierekening

Tip voor andere gemeenten: reken in de businesscase met een realistisch deelnamepercentage en maak een scenario met 40%."""),

dict(id="d009", kind="aanbesteding", phase="uitvoering",
title="Selectieleidraad concessie warmtenet Emmen-Angelslo",
summary="Aanbestedingsdocument voor het selecteren van een warmtebedrijf dat een warmtenet gaat ontwikkelen, aanleggen en exploiteren.",
body="""Opdrachtgever: gemeente Emmen
Procedure: concurrentiegerichte dialoog
Looptijd concessie: 30 jaar

Scope
Ontwerp, aanleg, financiering, exploitatie en onderhoud van een warmtenet voor 1.800 woningen en 12 utiliteitsgebouwen in Angelslo.

Geschiktheidseisen
- aantoonbare ervaring met minstens twee warmtenetten van > 1.000 aansluitingen
- een gecertificeerd kwaliteitssysteem
- solvabiliteit van minimaal 25%

Gunningscriteria (totaal 100 punten)
- duurzaamheid van de bron en CO2-reductie: 30
- warmtetarief en tariefgaranties voor bewoners: 25
- plan voor participatie en klantcommunicatie: 20
- risicobeheersing en planning: 15
- inzet van lokale werkgelegenheid (social return): 10

Let op: de wetgeving (Wcw) verplicht op termijn een publiek meerderheidsbelang in warmtebedrijven. De concessie bevat daarom een overnameclausule."""),

dict(id="d010", kind="kaart", phase="tvw",
title="Warmtevraagkaart per buurt – toelichting",
summary="Toelichting bij de kaart met de warmtevraag per buurt, bouwjaar en eigendomssituatie, gebruikt als onderbouwing van de wijkvolgorde.",
body="""De kaart toont per CBS-buurt:
- de warmtevraag in GJ per hectare (warmtedichtheid)
- het aandeel corporatiebezit
- het dominante bouwjaar
- de gemiddelde energielabel

Uitleg kleuren: hoe donkerder rood, hoe hoger de warmtedichtheid. Buurten boven 600 GJ/ha zijn kansrijk voor een warmtenet. Buurten met weinig dichtheid en veel nieuwbouw na 1995 zijn geschikt voor individuele warmtepompen.

Databronnen: Startanalyse van het PBL, CBS Kerncijfers wijken en buurten, eigen WOZ-gegevens.
Beperking: de startanalyse rekent met landelijke kentallen. Lokale kennis van bewoners en corporaties is nodig om de kaart te duiden."""),

dict(id="d011", kind="overig", phase="uitvoering",
title="Veelgestelde vragen over het warmtenet",
summary="FAQ-pagina voor inwoners over aansluiten op het warmtenet: kosten, verplichting, koken, warm water en storingen.",
body="""Ben ik verplicht om aan te sluiten?
Nee. Aansluiten op het warmtenet is vrijwillig. Wel stopt de gemeente op termijn met de levering van aardgas in uw wijk. U krijgt daarover ruim van tevoren bericht, minimaal acht jaar.

Wat kost het?
De aansluitbijdrage is voor de eerste groep bewoners 1.500 euro. Uw maandlasten worden niet hoger dan nu met aardgas, op basis van een gemiddeld verbruik.

Kan ik nog op gas koken?
Nee, u gaat over op inductie. U kunt een bijdrage van 300 euro aanvragen voor nieuwe pannen en een kookplaat.

Hoe krijg ik warm water?
Via een afleverset in uw meterkast. Een boiler is niet nodig.

Wat als de verwarming uitvalt?
Het warmtebedrijf heeft een storingsdienst die 24 uur per dag bereikbaar is.

Staat uw vraag er niet tussen? Neem contact op met het energieloket."""),

dict(id="d012", kind="overig", phase="algemeen",
title="Notitie Wet collectieve warmte: wat betekent dit voor gemeenten",
summary="Ambtelijke notitie over de belangrijkste onderdelen van de Wcw: warmtekavels, publiek warmtebedrijf, tariefregulering en de rol van de gemeente.",
body="""Samenvatting van de wet (stand van zaken bij opstellen)
De Wet collectieve warmte (Wcw) vervangt de Warmtewet. De kern:

1. Warmtekavels
De gemeente wijst een warmtekavel aan en kiest één warmtebedrijf dat daar de exclusieve taak krijgt om collectieve warmte te leveren.

2. Publiek belang
Warmtebedrijven moeten op termijn voor ten minste 50% plus één aandeel in publieke handen zijn. Voor bestaande bedrijven geldt een overgangstermijn.

3. Tarieven
De ACM gaat de tarieven reguleren op basis van de werkelijke kosten, in plaats van de koppeling aan de gasprijs.

4. Taken gemeente
- opstellen van een warmteprogramma (opvolger van de transitievisie warmte, onderdeel van het omgevingsprogramma)
- aanwijzen van kavels en warmtebedrijven
- toezicht op de uitvoering

Wat vraagt dit van ons?
Juridische capaciteit die we nu niet hebben. In de regio is afgesproken om een gedeelde jurist warmte te zoeken via de flexpool."""),

dict(id="d013", kind="overig", phase="algemeen",
title="FAQ Wgiw – wet gemeentelijke instrumenten warmtetransitie",
summary="Vragen en antwoorden over de bevoegdheid van gemeenten om een wijk aan te wijzen waar het aardgas wordt afgesloten.",
body="""Wat regelt de Wgiw?
De Wet gemeentelijke instrumenten warmtetransitie geeft gemeenten de bevoegdheid om per wijk een datum vast te stellen waarop de levering van aardgas stopt. Dat heet een aanwijzingsbesluit en wordt vastgelegd in het omgevingsplan.

Welke voorwaarden gelden?
- er moet een betaalbaar en beschikbaar alternatief zijn
- de termijn tussen besluit en afsluiten is minimaal acht jaar
- bewoners en gebouweigenaren moeten vroeg betrokken zijn

Geldt het ook voor koken op gas?
Ja, het aanwijzingsbesluit heeft betrekking op alle aardgaslevering in het aangewezen gebied.

Hoe verhoudt dit zich tot het wijkuitvoeringsplan?
Het WUP is het uitvoeringsplan met de afspraken en het alternatief. Het aanwijzingsbesluit is het juridische sluitstuk.

Kunnen we dit nu al toepassen?
Pas na inwerkingtreding. Gemeenten kunnen zich wel voorbereiden door in de WUP's de onderbouwing voor het alternatief vast te leggen."""),

dict(id="d014", kind="raadsvoorstel", phase="tvw",
title="Raadsvoorstel vaststelling Transitievisie Warmte gemeente Coevorden",
summary="Voorstel aan de gemeenteraad om de transitievisie warmte vast te stellen, met de wijkvolgorde tot 2030 en de inzet van de regionale flexpool.",
body="""Onderwerp: vaststellen Transitievisie Warmte 2021-2030

Voorgesteld besluit
1. De Transitievisie Warmte gemeente Coevorden vast te stellen.
2. Dalen-Oost en Coevorden-West aan te wijzen als eerste wijken voor een wijkuitvoeringsplan.
3. Voor de uitvoering een budget van 240.000 euro per jaar beschikbaar te stellen uit de middelen voor uitvoeringskosten klimaatakkoord.

Inleiding
Het Klimaatakkoord vraagt van iedere gemeente een transitievisie warmte. Hierin staat in welke wijken we vóór 2030 beginnen en welk alternatief voor aardgas daar het meest voor de hand ligt.

Argumenten
1.1 De visie is samen met inwoners, corporatie Domesta, netbeheerder Enexis en het waterschap opgesteld.
1.2 Voor de overige wijken kiezen we een 'isoleren eerst'-aanpak.
2.1 In Dalen-Oost is restwarmte beschikbaar; in Coevorden-West bezit de corporatie 70% van de woningen.
3.1 Onze gemeente heeft onvoldoende eigen capaciteit. Via de regionale flexpool kunnen we een procesbegeleider inzetten voor de wijkaanpak.

Kanttekeningen
- de visie is niet juridisch bindend voor inwoners
- landelijke wetgeving is nog in ontwikkeling

Vervolg: herziening uiterlijk over vijf jaar."""),

dict(id="d015", kind="plan_van_aanpak", phase="tvw",
title="Plan van aanpak actualisatie TVW 2026",
summary="PvA voor de herziening van de transitievisie warmte richting een warmteprogramma, met planning, rollen en benodigde capaciteit.",
body="""PvA herziening transitievisie (TVW 2.0)

Waarom: de eerste TVW is uit 2021. Sindsdien zijn er nieuwe inzichten (netcongestie, hogere bouwkosten, nieuwe wetgeving). De Wcw vraagt een warmteprogramma.

Fasering
- fase 1 (Q1): evaluatie TVW 1.0 en actualisatie startanalyse
- fase 2 (Q2): gesprekken met corporaties, netbeheerder, waterschap en dorpsraden
- fase 3 (Q3): concept warmteprogramma en participatieronde
- fase 4 (Q4): besluitvorming college en raad

Rollen
- opdrachtgever: wethouder energie
- projectleider: via de flexpool (0,4 fte, 9 maanden)
- ondersteuning GIS-specialist: 60 uur uit de pool
- communicatie: eigen afdeling

Budget: 85.000 euro, waarvan 52.000 voor de inzet vanuit de regionale pool (verrekend tegen het vaste uurtarief).

Risico: geen eigen kennis van de wijken bij een externe projectleider. Oplossing: een lokale collega van de afdeling wonen als tweede man."""),

dict(id="d016", kind="sjabloon", phase="wup",
title="Sjabloon wijkuitvoeringsplan (WUP)",
summary="Invulbaar model voor een wijkuitvoeringsplan met de verplichte onderdelen en hulpvragen per hoofdstuk.",
body="""Gebruik dit sjabloon voor een wijkuitvoeringsplan. Vul de grijze tekst in en verwijder de instructies.

1. Inleiding en aanleiding
- Waarom deze wijk? Verwijs naar de transitievisie.

2. Wijkprofiel
- aantal woningen, eigendomsverhouding, bouwjaren
- sociale kenmerken (inkomen, leeftijd, taal)
- lopende projecten (riolering, herstructurering)

3. Het alternatief voor aardgas
- gekozen warmteoplossing en onderbouwing
- vergelijking van de alternatieven op kosten voor de eindgebruiker

4. Participatie
- hoe zijn bewoners betrokken? zie participatieplan

5. Financiën
- kosten per woning, subsidies, financieringsmogelijkheden
- aandacht voor lage inkomens en energiearmoede

6. Planning
- fasering per straat/blok
- beoogd moment van afsluiten aardgas

7. Organisatie en capaciteit
- rollen gemeente, corporatie, netbeheerder, warmtebedrijf
- benodigde inzet en waar die vandaan komt (eigen, pool, extern)

8. Monitoring en evaluatie

Bijlagen: kaart, kostenberekening, verslag bewonersbijeenkomsten."""),

dict(id="d017", kind="raadsvoorstel", phase="wup",
title="Raadsvoorstel wijkuitvoeringsplan Bargeres-Zuid",
summary="Voorstel om het wijkuitvoeringsplan voor Bargeres-Zuid vast te stellen: 1.100 woningen van het gas af via een warmtenet en individuele oplossingen.",
body="""Voorgesteld besluit:
1. het wijkuitvoeringsplan Bargeres-Zuid vast te stellen;
2. een krediet van 1,2 miljoen euro beschikbaar te stellen voor ontzorging en een bijdrage aan eigenaar-bewoners met een laag inkomen;
3. het college opdracht te geven met het warmtebedrijf een realisatieovereenkomst te sluiten.

Samenvatting
In Bargeres-Zuid worden 1.100 woningen aardgasvrij. De 640 corporatiewoningen en 210 koopwoningen in de hoogbouw en rijen gaan over op het warmtenet. De 250 vrijstaande en twee-onder-een-kapwoningen krijgen een individuele (hybride of volledig elektrische) warmtepomp met isolatiepakket.

Proces
Het plan is in 18 maanden tot stand gekomen met een klankbordgroep van 14 bewoners, vier bewonersavonden en een enquête (respons 34%). De projectleider en de participatiespecialist zijn ingezet via de regionale flexpool.

Financiën
Voor de wijk is een Rijksbijdrage ontvangen. De gemeentelijke bijdrage wordt gedekt uit de reserve energietransitie."""),

dict(id="d018", kind="les", phase="wup",
title="Lessen uit drie wijkuitvoeringsplannen in Drenthe",
summary="Vergelijking van de ervaringen met WUP's in Assen, Emmen en Meppel, met aanbevelingen voor de opzet van volgende wijkplannen.",
body="""De regionale pool heeft drie teams begeleid die een wijkuitvoeringsplan maakten. In een terugkomsessie hebben we de lessen op een rij gezet.

1. Begin met de sociale kaart, niet met de techniek
In alle drie wijken bleek de techniek minder bepalend dan verwacht. Vertrouwen, taal en de financiële situatie van bewoners bepaalden het tempo.

2. Een gezicht in de wijk
Bewoners willen één vast aanspreekpunt, liefst iemand die de wijk kent. Een specialist van buiten werkt goed achter de schermen, maar aan de keukentafel moet iemand met lokale binding zitten.

3. Corporatie als trekker
Waar de corporatie meer dan de helft bezit, kan zij de planning bepalen. Maak vroeg afspraken over de volgorde.

4. Realistische planning
Een WUP kost 12 tot 24 maanden, niet de zes maanden die we begrootten.

5. Hergebruik
In Meppel werd een complete kostenvergelijking opnieuw gemaakt terwijl Assen er net een had. Vraag altijd eerst in de kennisbank of bij de pool of er al iets is."""),

dict(id="d019", kind="sjabloon", phase="wup",
title="Checklist startnotitie wijkaanpak",
summary="Korte checklist om te bepalen of een wijk klaar is voor de start van een wijkgerichte aanpak.",
body="""Checklist vóór de start van de wijkaanpak
- [ ] wijk aangewezen in de TVW
- [ ] bestuurlijk opdrachtgever benoemd
- [ ] projectleider beschikbaar (eigen of via pool)
- [ ] corporatie(s) akkoord met deelname
- [ ] netbeheerder geïnformeerd over verwachte vraag naar aansluitcapaciteit
- [ ] werkzaamheden in de openbare ruimte in kaart (riool, wegen)
- [ ] eerste gesprek met wijkvereniging of dorpsbelangen
- [ ] budget voor participatie en communicatie
- [ ] afspraak over monitoring

Minder dan 6 vinkjes? Dan eerst de randvoorwaarden regelen."""),

dict(id="d020", kind="overig", phase="algemeen",
title="Aanpak sociale isolatie en eenzaamheid onder ouderen 2025-2027",
summary="Beleidsnotitie sociaal domein over het terugdringen van eenzaamheid bij ouderen via buurtnetwerken en huisbezoeken.",
body="""Eén op de tien inwoners boven de 75 jaar voelt zich sterk eenzaam. Sociale isolatie leidt tot gezondheidsproblemen en hogere zorgkosten.

Wat gaan we doen?
- preventieve huisbezoeken door de welzijnsorganisatie aan alle 75-plussers
- een netwerk van 'buurtmaatjes' in elke kern
- ontmoetingsplekken in dorpshuizen en de bibliotheek
- training van huisartsen en wijkverpleging in het signaleren van eenzaamheid

Samenwerkingspartners: welzijnsorganisatie, ouderenbonden, kerken, huisartsen.
Budget: 180.000 euro per jaar uit de middelen voor Een tegen eenzaamheid en de Wmo."""),
]
