// UI text of the public aktindsigt pages (no login), merged under `modules.records.intake.*`. The legal
// references follow docs/domain.md: anyone may ask under offentlighedsloven (OFL), a party to the
// case under forvaltningsloven (FVL), environmental information under miljøoplysningsloven (MOL); OFL § 36:
// an answer within 7 working days or a letter with the reason and the expected date.
export const intakeTranslations = {
  da: {
    title: 'Anmod om aktindsigt',
    lead: 'Bed om at se dokumenter hos {{tenant}}. Du behøver ikke logge ind.',
    chooseTenant: 'Vælg kommune',
    rulesHeading: 'Det skal du vide',
    rules: {
      anyone: 'Alle kan bede om aktindsigt efter offentlighedsloven. Du behøver ikke begrunde din anmodning.',
      identify:
        'Angiv så præcist som muligt, hvilken sag eller hvilke dokumenter du vil se (offentlighedslovens § 9, stk. 1).',
      party:
        'Er du part i sagen, behandler vi også anmodningen efter forvaltningslovens regler om partsaktindsigt. Du får den adgang, der er mest vidtgående.',
      deadline:
        'Vi svarer som udgangspunkt senest 7 arbejdsdage efter, at vi har modtaget anmodningen (offentlighedslovens § 36, stk. 2). Kan vi ikke nå det, skriver vi inden fristen, hvorfor og hvornår du kan forvente svar. For miljøoplysninger er fristen en måned (miljøoplysningsloven).',
      exceptions:
        'Nogle oplysninger kan være undtaget, fx om andres private forhold. Så får du en begrundet afgørelse med klagevejledning.',
    },
    requesterType: 'Du anmoder som',
    types: {
      citizen: 'Borger',
      press: 'Presse',
      company: 'Virksomhed eller organisation',
      party: 'Part i sagen (sagen handler om mig eller min virksomhed)',
    },
    name: 'Navn',
    nameHint: 'Dit navn eller virksomhedens navn. Det står i afgørelsen til dig.',
    email: 'E-mail',
    emailHint: 'Så kan kommunen skrive til dig om sagen. Du kan altid følge sagen på statussiden.',
    subject: 'Hvad vil du have aktindsigt i?',
    subjectHint: 'Fx "Alle dokumenter i byggesagen om carport på Skovvej 12 fra 2025".',
    cases: 'Sagsnummer eller adresse, som anmodningen vedrører',
    casesHint: 'Skriv flere adskilt med komma, hvis du kender dem.',
    environmental: 'Anmodningen gælder miljøoplysninger',
    privacyHeading: 'Sådan bruger vi dine oplysninger',
    privacy:
      '{{tenant}} bruger oplysningerne til at behandle din anmodning som en del af kommunens myndighedsopgave (databeskyttelsesforordningens artikel 6, stk. 1, litra e). Anmodningen og svaret journaliseres på en sag. Din e-mail bruges kun til at give dig besked om sagen. Du har ret til indsigt i de oplysninger, vi har om dig.',
    acknowledge: 'Jeg har læst, hvordan kommunen bruger mine oplysninger',
    submit: 'Send anmodning',
    submitting: 'Sender …',
    errorSummary: 'Ret følgende, før du sender',
    errors: {
      name: 'Skriv dit navn.',
      subject: 'Beskriv, hvad du vil have aktindsigt i (mindst 3 tegn).',
      email: 'E-mailadressen ser ikke gyldig ud, fx navn@eksempel.dk.',
      acknowledge: 'Sæt flueben for at bekræfte, at du har læst teksten.',
    },
    ack: {
      title: 'Vi har modtaget din anmodning',
      caseNumber: 'Kvitteringsnummer (sagsnr.)',
      received: 'Modtaget',
      due: 'Svar senest',
      dueNote:
        'Fristen er 7 arbejdsdage efter modtagelsen (offentlighedslovens § 36, stk. 2). Kan vi ikke nå det, får du inden fristen besked om hvorfor og hvornår du kan forvente svar.',
      dueNoteMol:
        'Fristen er en måned efter modtagelsen (miljøoplysningsloven). Er anmodningen meget omfattende, kan fristen forlænges til to måneder; så får du besked inden for den første måned.',
      statusHeading: 'Følg din sag',
      statusText:
        'Gem linket herunder. Det er din adgang til at se status og hente dokumenterne, når de er klar. Vi kan ikke vise det igen.',
      statusLink: 'Gå til statussiden',
      print: 'Udskriv kvittering',
    },
    status: {
      title: 'Status for din anmodning',
      status: 'Status',
      received: 'Modtaget',
      due: 'Svar senest',
      expected: 'Forventet afgørelse',
      decided: 'Afgjort',
      downloadHeading: 'Dine dokumenter',
      download: 'Hent dokumenterne (zip)',
      expires: 'Linket virker til {{at}}.',
      contents:
        'Pakken indeholder afgørelsen med begrundelse og klagevejledning, aktlisten og dokumenterne, hvor undtagne oplysninger er overstreget.',
      notReady: 'Dokumenterne er ikke klar endnu. Siden opdateres, når du åbner den igen.',
      expired: 'Linket til dokumenterne er udløbet. Kontakt kommunen og oplys sagsnummeret for at få et nyt.',
      notFound: 'Vi kan ikke finde en anmodning med dette link. Tjek, at du har kopieret hele linket.',
      newRequest: 'Send en ny anmodning',
    },
  },
  en: {
    title: 'Request access to records',
    lead: 'Ask to see documents held by {{tenant}}. You do not need to log in.',
    chooseTenant: 'Choose a municipality',
    rulesHeading: 'Good to know',
    rules: {
      anyone:
        'Anyone may ask for access under the Access to Public Administration Files Act. You do not need to give a reason.',
      identify:
        'Say as precisely as you can which case or which documents you want to see (Access to Public Administration Files Act § 9(1)).',
      party:
        'If you are a party to the case, we also handle the request under the party access rules of the Public Administration Act. You get the widest access.',
      deadline:
        'We normally answer within 7 working days after we receive the request (Access to Public Administration Files Act § 36(2)). If we cannot, we write before the deadline why and when to expect an answer. For environmental information the deadline is one month (Environmental Information Act).',
      exceptions:
        "Some information can be exempt, e.g. about other people's private matters. You then get a reasoned decision with a guide to complaints.",
    },
    requesterType: 'You are asking as',
    types: {
      citizen: 'Citizen',
      press: 'Press',
      company: 'Company or organisation',
      party: 'Party to the case (the case is about me or my company)',
    },
    name: 'Name',
    nameHint: "Your name or the company's name. It appears in the decision to you.",
    email: 'E-mail',
    emailHint:
      'So the municipality can write to you about the case. You can always follow it on the status page.',
    subject: 'What do you want access to?',
    subjectHint: 'E.g. "All documents in the building case about a carport at Skovvej 12 from 2025".',
    cases: 'Case number or address the request concerns',
    casesHint: 'Separate several with commas, if you know them.',
    environmental: 'The request concerns environmental information',
    privacyHeading: 'How we use your information',
    privacy:
      "{{tenant}} uses the information to handle your request as part of the municipality's public tasks (GDPR Article 6(1)(e)). The request and the answer are filed on a case. Your e-mail is only used to tell you about the case. You have a right of access to the information we hold about you.",
    acknowledge: 'I have read how the municipality uses my information',
    submit: 'Send request',
    submitting: 'Sending …',
    errorSummary: 'Correct the following before sending',
    errors: {
      name: 'Enter your name.',
      subject: 'Describe what you want access to (at least 3 characters).',
      email: 'The e-mail address does not look valid, e.g. name@example.dk.',
      acknowledge: 'Tick the box to confirm that you have read the text.',
    },
    ack: {
      title: 'We have received your request',
      caseNumber: 'Receipt number (case no.)',
      received: 'Received',
      due: 'Answer by',
      dueNote:
        'The deadline is 7 working days after receipt (Access to Public Administration Files Act § 36(2)). If we cannot meet it, we tell you before the deadline why and when to expect an answer.',
      dueNoteMol:
        'The deadline is one month after receipt (Environmental Information Act). For very extensive requests it can be extended to two months; you will be told within the first month.',
      statusHeading: 'Follow your case',
      statusText:
        'Keep the link below. It is your access to the status and to the documents when they are ready. We cannot show it again.',
      statusLink: 'Go to the status page',
      print: 'Print receipt',
    },
    status: {
      title: 'Status of your request',
      status: 'Status',
      received: 'Received',
      due: 'Answer by',
      expected: 'Expected decision',
      decided: 'Decided',
      downloadHeading: 'Your documents',
      download: 'Download the documents (zip)',
      expires: 'The link works until {{at}}.',
      contents:
        'The package holds the decision with its reasons and the guide to complaints, the document list, and the documents with exempt information blacked out.',
      notReady: 'The documents are not ready yet. The page is updated when you open it again.',
      expired:
        'The link to the documents has expired. Contact the municipality with the case number to get a new one.',
      notFound: 'We cannot find a request with this link. Check that you copied the whole link.',
      newRequest: 'Send a new request',
    },
  },
};
