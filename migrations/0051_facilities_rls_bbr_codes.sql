-- Row-level security for the facilities tables, and the BBR code lists (national reference data, no tenant).
-- The codes are the six BBR code lists as published by BBR (teknik.bbr.dk/kodelister) in 2019, as collected by
-- the MIT-licensed DanmarksAdresser/BBRkodelister (c) 2019 finnjordal. Later codes are added through
-- POST /api/facilities/bbr-codes (administrators) or a later migration. "asbestos" marks the fibre-cement
-- materials that BBR describes as possibly containing asbestos; "phased_out" marks codes BBR calls UDFASES.
SELECT rodtrad_enable_tenant_rls('fm_properties');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('fm_buildings');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('fm_floors');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('fm_rooms');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('fm_building_parts');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('fm_surveys');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('fm_survey_items');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('fm_photos');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('fm_work_orders');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('fm_fault_reports');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('fm_meters');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('fm_readings');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('fm_degree_days');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('fm_schedules');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('fm_plan_scenarios');
--> statement-breakpoint
SELECT rodtrad_enable_tenant_rls('fm_work_order_events', 'SELECT, INSERT');
--> statement-breakpoint
GRANT USAGE ON SEQUENCE fm_work_order_events_id_seq TO rodtrad_app;
--> statement-breakpoint
GRANT SELECT ON fm_bbr_codes TO rodtrad_app;
--> statement-breakpoint
INSERT INTO fm_bbr_codes (list, code, label, asbestos, phased_out, source) VALUES
('use', '110', 'Stuehus til landbrugsejendom', false, false, 'BBR 2019'),
('use', '120', 'Fritliggende enfamilieshus (parcelhus)', false, false, 'BBR 2019'),
('use', '121', 'Sammenbygget enfamiliehus', false, false, 'BBR 2019'),
('use', '130', 'Række-, kæde-, eller dobbelthus (lodret adskillelse mellem enhederne).', false, true, 'BBR 2019'),
('use', '131', 'Række- og kædehus', false, false, 'BBR 2019'),
('use', '132', 'Dobbelthus', false, false, 'BBR 2019'),
('use', '140', 'Etagebolig-bygning, flerfamiliehus eller to-familiehus', false, false, 'BBR 2019'),
('use', '150', 'Kollegium', false, false, 'BBR 2019'),
('use', '160', 'Boligbygning til døgninstitution', false, false, 'BBR 2019'),
('use', '185', 'Anneks i tilknytning til helårsbolig.', false, false, 'BBR 2019'),
('use', '190', 'Anden bygning til helårsbeboelse', false, false, 'BBR 2019'),
('use', '210', 'Bygning til erhvervsmæssig produktion vedrørende landbrug, gartneri, råstofudvinding o. lign', false, true, 'BBR 2019'),
('use', '211', 'Stald til svin', false, false, 'BBR 2019'),
('use', '212', 'Stald til kvæg, får mv.', false, false, 'BBR 2019'),
('use', '213', 'Stald til fjerkræ', false, false, 'BBR 2019'),
('use', '214', 'Minkhal', false, false, 'BBR 2019'),
('use', '215', 'Væksthus', false, false, 'BBR 2019'),
('use', '216', 'Lade til foder, afgrøder mv.', false, false, 'BBR 2019'),
('use', '217', 'Maskinhus, garage mv.', false, false, 'BBR 2019'),
('use', '218', 'Lade til halm, hø mv.', false, false, 'BBR 2019'),
('use', '219', 'Anden bygning til landbrug mv.', false, false, 'BBR 2019'),
('use', '220', 'Bygning til erhvervsmæssig produktion vedrørende industri, håndværk m.v. (fabrik, værksted o.lign.)', false, true, 'BBR 2019'),
('use', '221', 'Bygning til industri med integreret produktionsapparat', false, false, 'BBR 2019'),
('use', '222', 'Bygning til industri uden integreret produktionsapparat', false, false, 'BBR 2019'),
('use', '223', 'Værksted', false, false, 'BBR 2019'),
('use', '229', 'Anden bygning til produktion', false, false, 'BBR 2019'),
('use', '230', 'El-, gas-, vand- eller varmeværk, forbrændingsanstalt m.v.', false, true, 'BBR 2019'),
('use', '231', 'Bygning til energiproduktion', false, false, 'BBR 2019'),
('use', '232', 'Bygning til forsyning- og energidistribution', false, false, 'BBR 2019'),
('use', '233', 'Bygning til vandforsyning', false, false, 'BBR 2019'),
('use', '234', 'Bygning til håndtering af affald og spildevand', false, false, 'BBR 2019'),
('use', '239', 'Anden bygning til energiproduktion og -distribution', false, false, 'BBR 2019'),
('use', '290', 'Anden bygning til landbrug, industri etc.', false, true, 'BBR 2019'),
('use', '310', 'Transport- og garageanlæg (fragtmandshal, lufthavnsbygning, banegårdsbygning, parkeringshus). Garage med plads til et eller to køretøjer registreres med anvendelseskode 910', false, true, 'BBR 2019'),
('use', '311', 'Bygning til jernbane- og busdrift', false, false, 'BBR 2019'),
('use', '312', 'Bygning til luftfart', false, false, 'BBR 2019'),
('use', '313', 'Bygning til parkering- og transportanlæg', false, false, 'BBR 2019'),
('use', '314', 'Bygning til parkering af flere end to køretøjer i tilknytning til boliger', false, false, 'BBR 2019'),
('use', '315', 'Havneanlæg', false, false, 'BBR 2019'),
('use', '319', 'Andet transportanlæg', false, false, 'BBR 2019'),
('use', '320', 'Bygning til kontor, handel, lager, herunder offentlig administration', false, true, 'BBR 2019'),
('use', '321', 'Bygning til kontor', false, false, 'BBR 2019'),
('use', '322', 'Bygning til detailhandel', false, false, 'BBR 2019'),
('use', '323', 'Bygning til lager', false, false, 'BBR 2019'),
('use', '324', 'Butikscenter', false, false, 'BBR 2019'),
('use', '325', 'Tankstation', false, false, 'BBR 2019'),
('use', '329', 'Anden bygning til kontor, handel og lager', false, false, 'BBR 2019'),
('use', '330', 'Bygning til hotel, restaurant, vaskeri, frisør og anden servicevirksomhed', false, true, 'BBR 2019'),
('use', '331', 'Hotel, kro eller konferencecenter med overnatning', false, false, 'BBR 2019'),
('use', '332', 'Bed & breakfast mv.', false, false, 'BBR 2019'),
('use', '333', 'Restaurant, café og konferencecenter uden overnatning', false, false, 'BBR 2019'),
('use', '334', 'Privat servicevirksomhed som frisør, vaskeri, netcafé mv.', false, false, 'BBR 2019'),
('use', '339', 'Anden bygning til serviceerhverv', false, false, 'BBR 2019'),
('use', '390', 'Anden bygning til transport, handel etc', false, true, 'BBR 2019'),
('use', '410', 'Bygning til biograf, teater, erhvervsmæssig udstilling, bibliotek, museum, kirke o. lign.', false, true, 'BBR 2019'),
('use', '411', 'Biograf, teater, koncertsted mv.', false, false, 'BBR 2019'),
('use', '412', 'Museum', false, false, 'BBR 2019'),
('use', '413', 'Bibliotek', false, false, 'BBR 2019'),
('use', '414', 'Kirke eller anden bygning til trosudøvelse for statsanerkendte trossamfund', false, false, 'BBR 2019'),
('use', '415', 'Forsamlingshus', false, false, 'BBR 2019'),
('use', '416', 'Forlystelsespark', false, false, 'BBR 2019'),
('use', '419', 'Anden bygning til kulturelle formål', false, false, 'BBR 2019'),
('use', '420', 'Bygning til undervisning og forskning (skole, gymnasium, forskningslabratorium o.lign.).', false, true, 'BBR 2019'),
('use', '421', 'Grundskole', false, false, 'BBR 2019'),
('use', '422', 'Universitet', false, false, 'BBR 2019'),
('use', '429', 'Anden bygning til undervisning og forskning', false, false, 'BBR 2019'),
('use', '430', 'Bygning til hospital, sygehjem, fødeklinik o. lign.', false, true, 'BBR 2019'),
('use', '431', 'Hospital og sygehus', false, false, 'BBR 2019'),
('use', '432', 'Hospice, behandlingshjem mv.', false, false, 'BBR 2019'),
('use', '433', 'Sundhedscenter, lægehus, fødeklinik mv.', false, false, 'BBR 2019'),
('use', '439', 'Anden bygning til sundhedsformål', false, false, 'BBR 2019'),
('use', '440', 'Bygning til daginstitution', false, true, 'BBR 2019'),
('use', '441', 'Daginstitution', false, false, 'BBR 2019'),
('use', '442', 'Servicefunktion på døgninstitution', false, false, 'BBR 2019'),
('use', '443', 'Kaserne', false, false, 'BBR 2019'),
('use', '444', 'Fængsel, arresthus mv.', false, false, 'BBR 2019'),
('use', '449', 'Anden bygning til institutionsformål', false, false, 'BBR 2019'),
('use', '490', 'Bygning til anden institution, herunder kaserne, fængsel o. lign.', false, true, 'BBR 2019'),
('use', '510', 'Sommerhus', false, false, 'BBR 2019'),
('use', '520', 'Bygning til feriekoloni, vandrehjem o.lign. bortset fra sommerhus', false, true, 'BBR 2019'),
('use', '521', 'Feriecenter, center til campingplads mv.', false, false, 'BBR 2019'),
('use', '522', 'Bygning med ferielejligheder til erhvervsmæssig udlejning', false, false, 'BBR 2019'),
('use', '523', 'Bygning med ferielejligheder til eget brug', false, false, 'BBR 2019'),
('use', '529', 'Anden bygning til ferieformål', false, false, 'BBR 2019'),
('use', '530', 'Bygning i forbindelse med idrætsudøvelse (klubhus, idrætshal, svømmehal o. lign.)', false, true, 'BBR 2019'),
('use', '531', 'Klubhus i forbindelse med fritid og idræt', false, false, 'BBR 2019'),
('use', '532', 'Svømmehal', false, false, 'BBR 2019'),
('use', '533', 'Idrætshal', false, false, 'BBR 2019'),
('use', '534', 'Tribune i forbindelse med stadion', false, false, 'BBR 2019'),
('use', '535', 'Rideskole', false, false, 'BBR 2019'),
('use', '539', 'Anden bygning til idrætformål', false, false, 'BBR 2019'),
('use', '540', 'Kolonihavehus', false, false, 'BBR 2019'),
('use', '585', 'Anneks i tilknytning til fritids- og sommerhus', false, false, 'BBR 2019'),
('use', '590', 'Anden bygning til fritidsformål', false, false, 'BBR 2019'),
('use', '910', 'Garage (med plads til et eller to køretøjer)', false, false, 'BBR 2019'),
('use', '920', 'Carport', false, false, 'BBR 2019'),
('use', '930', 'Udhus', false, false, 'BBR 2019'),
('use', '940', 'Drivhus', false, false, 'BBR 2019'),
('use', '950', 'Fritliggende overdækning', false, false, 'BBR 2019'),
('use', '960', 'Fritliggende udestue', false, false, 'BBR 2019'),
('use', '970', 'Tiloversbleven landbrugsbygning', false, false, 'BBR 2019'),
('use', '990', 'Faldefærdig bygning', false, false, 'BBR 2019'),
('use', '999', 'Ukendt bygning', false, false, 'BBR 2019'),
('heating_installation', '1', 'Fjernvarme/blokvarme (radiatorsystemer el. varmluftanlæg)', false, false, 'BBR 2019'),
('heating_installation', '2', 'Centralvarme fra eget anlæg, et-kammer fyr', false, false, 'BBR 2019'),
('heating_installation', '3', 'Ovne (kakkelovne, kamin, brændeovne o.l.)', false, false, 'BBR 2019'),
('heating_installation', '5', 'Varmepumpe', false, false, 'BBR 2019'),
('heating_installation', '6', 'Centralvarme med to fyringsenheder (fast og olie eller gas)', false, false, 'BBR 2019'),
('heating_installation', '7', 'Elovne, elpaneler', false, false, 'BBR 2019'),
('heating_installation', '8', 'Gasradiator', false, false, 'BBR 2019'),
('heating_installation', '9', 'Ingen varmeinstallation', false, false, 'BBR 2019'),
('heating_installation', '99', 'Blandet (Kræver specifikation på enhedsniveau)', false, false, 'BBR 2019'),
('heating_medium', '1', 'Elektricitet', false, false, 'BBR 2019'),
('heating_medium', '2', 'Gasværksgas', false, false, 'BBR 2019'),
('heating_medium', '3', 'Flydende brændsel (olie, petroleum, flaskegas)', false, false, 'BBR 2019'),
('heating_medium', '4', 'Fast brændsel (kul, koks, brænde mm.)', false, false, 'BBR 2019'),
('heating_medium', '6', 'Halm', false, false, 'BBR 2019'),
('heating_medium', '7', 'Naturgas', false, false, 'BBR 2019'),
('heating_medium', '9', 'Andet', false, false, 'BBR 2019'),
('supplementary_heating', '0', 'Ikke oplyst', false, false, 'BBR 2019'),
('supplementary_heating', '1', 'Varmepumpeanlæg', false, false, 'BBR 2019'),
('supplementary_heating', '2', 'Ovne til fast brændsel (brændeovn o. lign.)', false, false, 'BBR 2019'),
('supplementary_heating', '3', 'Ovne til flydende brændsel', false, false, 'BBR 2019'),
('supplementary_heating', '4', 'Solpaneler', false, false, 'BBR 2019'),
('supplementary_heating', '5', 'Pejs', false, false, 'BBR 2019'),
('supplementary_heating', '6', 'Gasradiator', false, false, 'BBR 2019'),
('supplementary_heating', '7', 'Elovne, elpaneler', false, false, 'BBR 2019'),
('supplementary_heating', '10', 'Biogasanlæg', false, false, 'BBR 2019'),
('supplementary_heating', '80', 'Andet', false, false, 'BBR 2019'),
('supplementary_heating', '90', 'Bygningen har ingen supplerende varme', false, false, 'BBR 2019'),
('wall_material', '1', 'Mursten (tegl, kalksten, cementsten)', false, false, 'BBR 2019'),
('wall_material', '2', 'Letbeton (lette bloksten, gasbeton)', false, false, 'BBR 2019'),
('wall_material', '3', 'Plader af fibercement, herunder asbest (eternit el. lign.)', true, false, 'BBR 2019'),
('wall_material', '4', 'Bindingsværk (med udvendigt synligt træværk)', false, false, 'BBR 2019'),
('wall_material', '5', 'Træbeklædning', false, false, 'BBR 2019'),
('wall_material', '6', 'Betonelementer (etagehøje betonelementer)', false, false, 'BBR 2019'),
('wall_material', '8', 'Metalplader', false, false, 'BBR 2019'),
('wall_material', '10', 'Plader af fibercement (asbestfri)', false, false, 'BBR 2019'),
('wall_material', '11', 'PVC', false, false, 'BBR 2019'),
('wall_material', '12', 'Glas', false, false, 'BBR 2019'),
('wall_material', '80', 'Ingen', false, false, 'BBR 2019'),
('wall_material', '90', 'Andet materiale', false, false, 'BBR 2019'),
('roof_material', '1', 'Built-up', false, false, 'BBR 2019'),
('roof_material', '2', 'Tagpap (med taghældning)', false, false, 'BBR 2019'),
('roof_material', '3', 'Fibercement, herunder asbest (bølge- eller skifer-eternit)', true, false, 'BBR 2019'),
('roof_material', '4', 'Cementsten', false, false, 'BBR 2019'),
('roof_material', '5', 'Tegl', false, false, 'BBR 2019'),
('roof_material', '6', 'Metalplader (bølgeblik, aluminium, o.lign.)', false, false, 'BBR 2019'),
('roof_material', '7', 'Stråtag', false, false, 'BBR 2019'),
('roof_material', '10', 'Fibercement (asbestfri)', false, false, 'BBR 2019'),
('roof_material', '11', 'PVC', false, false, 'BBR 2019'),
('roof_material', '12', 'Glas', false, false, 'BBR 2019'),
('roof_material', '20', 'Grønne tage', false, false, 'BBR 2019'),
('roof_material', '80', 'Ingen', false, false, 'BBR 2019'),
('roof_material', '90', 'Andet materiale', false, false, 'BBR 2019');
