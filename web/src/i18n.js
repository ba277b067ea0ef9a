// Interface labels in Arabic (the default) and English. Article text is never translated: only the
// words of the interface change, and the article keeps its own right-to-left direction.

const LABELS = {
  brand: ["رصد", "rasd"],
  tagline: ["من قال ماذا، ومن فعل ماذا بمن، وأين ومتى", "Who said what, who did what to whom, where and when"],
  nav_search: ["البحث", "Search"],
  nav_events: ["الأحداث", "Events"],
  nav_actors: ["الفاعلون", "Actors"],
  toggle: ["English", "العربية"],
  query: ["كلمات البحث", "Search words"],
  since: ["من تاريخ", "Since"],
  until: ["إلى تاريخ", "Until"],
  go: ["ابحث", "Search"],
  filter: ["تصفية", "Filter"],
  more: ["المزيد", "More"],
  loading: ["جارٍ التحميل…", "Loading…"],
  nothing: ["لا نتائج.", "No results."],
  error: ["خطأ", "Error"],
  latest: ["أحدث المقالات", "Latest articles"],
  results: ["نتائج البحث", "Search results"],
  documents: ["مقالات", "documents"],
  statements: ["التصريحات", "Statements"],
  events: ["الأحداث", "Events"],
  entities: ["الكيانات", "Entities"],
  details: ["التفاصيل", "Details"],
  details_hint: ["مرّر المؤشر فوق نص ملوّن أو انقر عليه لعرض تفاصيله.", "Hover over or click a highlighted passage to see what was found there."],
  legend: ["دليل الألوان", "Legend"],
  kind_entity: ["كيان", "Entity"],
  kind_cue: ["فعل القول", "Statement cue"],
  kind_speaker: ["المتحدث", "Speaker"],
  kind_content: ["مضمون التصريح", "Statement content"],
  kind_trigger: ["مؤشر الحدث", "Event trigger"],
  kind_date: ["تاريخ", "Date"],
  type: ["النوع", "Type"],
  actor: ["الفاعل", "Actor"],
  source: ["المصدر", "Source"],
  target: ["الهدف", "Target"],
  place: ["المكان", "Place"],
  date: ["التاريخ", "Date"],
  mode: ["الصيغة", "Mode"],
  negated: ["منفي", "Negated"],
  direct: ["مباشر", "Direct"],
  indirect: ["غير مباشر", "Indirect"],
  speaker: ["المتحدث", "Speaker"],
  cue: ["فعل القول", "Cue"],
  content: ["المضمون", "Content"],
  text: ["النص", "Text"],
  value: ["القيمة", "Value"],
  trigger: ["المؤشر", "Trigger"],
  article: ["المقال", "Article"],
  outlet: ["الوسيلة", "Outlet"],
  address: ["الرابط", "Address"],
  unknown: ["—", "—"],
  map: ["خريطة أماكن الأحداث", "Map of event places"],
  timeline: ["الخط الزمني", "Timeline"],
  by_type: ["حسب النوع", "By type"],
  total: ["المجموع", "Total"],
  name: ["الاسم", "Name"],
  country: ["البلد", "Country"],
  sector: ["القطاع", "Sector"],
  code: ["الرمز", "Code"],
  kind: ["الصنف", "Kind"],
  mentions: ["الإشارات", "Mentions"],
  profile: ["الملف", "Profile"],
  said_by: ["تصريحاته", "Statements by"],
  said_about: ["تصريحات عنه", "Statements about"],
  talks_about: ["يتحدث عن", "Talks about"],
  over_time: ["الأحداث عبر الزمن", "Events over time"],
  network: ["شبكة الثنائيات", "Dyad network"],
  as_source: ["مصدرًا", "as source"],
  as_target: ["هدفًا", "as target"],
  role: ["الدور", "Role"],
  not_found: ["غير موجود.", "Not found."],
  wikidata: ["ويكي بيانات", "Wikidata"],
  count: ["العدد", "Count"],
};

const STORE_KEY = "rasd.lang";

export function currentLang() {
  try {
    return window.localStorage.getItem(STORE_KEY) === "en" ? "en" : "ar";
  } catch {
    return "ar";
  }
}

export function setLang(lang) {
  try {
    window.localStorage.setItem(STORE_KEY, lang);
  } catch {
    // storage refused (private mode): the choice lasts for this page only
  }
  applyLang();
}

export function applyLang() {
  const lang = currentLang();
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "en" ? "ltr" : "rtl";
}

export function t(key) {
  const pair = LABELS[key];
  if (!pair) return key;
  return currentLang() === "en" ? pair[1] : pair[0];
}

// The display name of an actor or place: English when the interface is English and we have one.
export function nameOf(arabic, english) {
  if (currentLang() === "en" && english) return english;
  return arabic || english || "";
}
