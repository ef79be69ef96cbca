// Month and weekday names as they appear in datelines and date stamps (full, abbreviated, AP style).

export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

// biome-ignore format: a word list reads best wrapped
export const WEEKDAYS: readonly string[] = [
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
  "thu", "thur", "thurs", "fri", "sat", "sun",
];

/**
 * Month names of other languages, as their datelines write them after the day ("12 novembre 2025",
 * "11 nov", "30. August", "12 ноября"): full names, the case forms a date takes, and abbreviations.
 * Read only after a day number, so short forms that are words too ("ago", "set", "out") stay safe.
 */
// biome-ignore format: word lists read best wrapped
export const DAY_FIRST_MONTHS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  de: {
    januar: 1, jänner: 1, jan: 1, februar: 2, feber: 2, feb: 2, märz: 3, mär: 3, mrz: 3, april: 4, apr: 4,
    mai: 5, juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
    oktober: 10, okt: 10, november: 11, nov: 11, dezember: 12, dez: 12,
  },
  fr: {
    janvier: 1, janv: 1, février: 2, fevrier: 2, févr: 2, fév: 2, mars: 3, avril: 4, avr: 4, mai: 5,
    juin: 6, juillet: 7, juil: 7, août: 8, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10,
    novembre: 11, nov: 11, décembre: 12, decembre: 12, déc: 12, dec: 12,
  },
  es: {
    enero: 1, ene: 1, febrero: 2, feb: 2, marzo: 3, mar: 3, abril: 4, abr: 4, mayo: 5, may: 5, junio: 6,
    jun: 6, julio: 7, jul: 7, agosto: 8, ago: 8, septiembre: 9, setiembre: 9, sep: 9, sept: 9, set: 9,
    octubre: 10, oct: 10, noviembre: 11, nov: 11, diciembre: 12, dic: 12,
  },
  it: {
    gennaio: 1, gen: 1, febbraio: 2, feb: 2, marzo: 3, mar: 3, aprile: 4, apr: 4, maggio: 5, mag: 5,
    giugno: 6, giu: 6, luglio: 7, lug: 7, agosto: 8, ago: 8, settembre: 9, set: 9, sett: 9, ottobre: 10,
    ott: 10, novembre: 11, nov: 11, dicembre: 12, dic: 12,
  },
  pt: {
    janeiro: 1, jan: 1, fevereiro: 2, fev: 2, março: 3, marco: 3, mar: 3, abril: 4, abr: 4, maio: 5,
    mai: 5, junho: 6, jun: 6, julho: 7, jul: 7, agosto: 8, ago: 8, setembro: 9, set: 9, outubro: 10,
    out: 10, novembro: 11, nov: 11, dezembro: 12, dez: 12,
  },
  ru: {
    января: 1, январь: 1, янв: 1, февраля: 2, февраль: 2, фев: 2, марта: 3, март: 3, мар: 3, апреля: 4,
    апрель: 4, апр: 4, мая: 5, май: 5, июня: 6, июнь: 6, июн: 6, июля: 7, июль: 7, июл: 7, августа: 8,
    август: 8, авг: 8, сентября: 9, сентябрь: 9, сен: 9, сент: 9, октября: 10, октябрь: 10, окт: 10,
    ноября: 11, ноябрь: 11, ноя: 11, нояб: 11, декабря: 12, декабрь: 12, дек: 12,
  },
};
