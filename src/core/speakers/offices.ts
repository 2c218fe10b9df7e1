// Offices that official transcripts write where a name would be (`THE PRESIDENT:`, `**The Prime Minister:**`)
// or before a surname (`PRIME MINISTER BLAIR:`, `Senator Smith:`).

// A crew's seats as an accident report writes them (`First Officer Roderick Beebe`, `Flight Engineer Mendenhall:`).
// Ranks and offices abbreviated as the press writes them (`COL. MARK FASSL:`, `REP. JASON CHAFFETZ:`, two of them in
// `LT. GOV. EARLE-SEARS`), and a debate's `MODERATOR RACHEL BLADDOW:`.
// Also in Spanish, Portuguese, French, Italian and German (`PRESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR:`).
// A city's staff at a council's table (`City Manager Iglesias:`, `Economic Development Director Perez:`): a
// manager, director or attorney after up to two words of what they run.
const OFFICE = String.raw`(?:(?:\p{L}+\s+){0,2}(?:manager|director|attorney|administrator|superintendent|treasurer|auditor)|(?:lt\.\s+)?(?:col|lt|gen|rep|sen|gov|sgt|capt|adm|amb|cmdr)\.|moderator|host|interviewer|(?:first |second )?officer|flight engineer|co-?pilot|pilot|navigator|(?:(?:vice|deputy|acting|associate|chief)[ -])?(?:colonel|general|lieutenant|captain|admiral|sergeant|commander|president|prime minister|pm|dpm|premier|chancellor|minister|secretary|senator|governor|mayor|chair|chairman|chairwoman|chairperson|speaker|judge|justice|court|witness|clerk|commissioner|councillor|councilman|councilwoman|council member|ambassador|representative|congressman|congresswoman|presidente|presidenta|primer ministro|primera ministra|ministro|ministra|secretario|secretaria|gobernador|gobernadora|senador|senadora|diputado|diputada|alcalde|alcaldesa|canciller|président|présidente|premier ministre|ministre|präsident|präsidentin|bundeskanzler|bundeskanzlerin|kanzler|kanzlerin))`;

/** `THE PRESIDENT`, `The Prime Minister`, `THE COURT`: the holder of an office, with the office. */
export const THE_OFFICE = new RegExp(String.raw`^the\s+(${OFFICE})$`, "iu");

/** `PRIME MINISTER BLAIR`, `Senator Smith`: an office, then the holder's name. */
export const OFFICE_THEN_NAME = new RegExp(String.raw`^${OFFICE}\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3})$`, "iu");
