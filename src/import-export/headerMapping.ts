import type { FieldKey } from './fieldKey';

/**
 * Header auto-mapping for the exports people have. Headers are compared folded: NFKC (full-width
 * Japanese letters), no diacritics (đ is d), lower case, letters and digits only, so
 * "E-mail Address", "EmailAddress" and "email_address" are one header, and "Điện thoại" is
 * "dienthoai". The aliases come from each tool's documented or exported header row:
 * Outlook (en, fr, de, ja, vi), Google Contacts (old "Given Name"/"E-mail 1 - Value" and new
 * "First Name"/"E-mail 1 - Label" layouts), Thunderbird, Yahoo, Windows Address Book,
 * KAddressBook, LinkedIn Connections, Salesforce (report labels and API names), HubSpot, Zoho,
 * SuiteCRM (labels and field names), Dynamics 365, ACT!, Business Contact Manager, and plain
 * Vietnamese spreadsheets.
 */
export function foldHeader(header: string): string {
  return header
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Headers that hold nothing LeadPane keeps, listed so header-row detection still recognises them. */
const KNOWN_IGNORED = [
  'STT', 'No', 'No.', 'ID', 'Record ID', 'Lead ID', 'Contact ID', 'Id', 'Row Checksum', 'Modified On', 'Created On', 'Created Date', 'Last Modified Date',
  'Birthday', 'Anniversary', 'Gender', 'Sexe', 'Geschlecht', 'Categories', 'Category', 'Labels', 'Group Membership', 'Distribution Lists', 'Initials', 'Initiales',
  'E-mail Display Name', 'E-mail Type', 'E-mail 2 Display Name', 'E-mail 2 Type', 'E-mail 3 Display Name', 'E-mail 3 Type', 'Language', 'Location', 'Priority',
  'Private', 'Sensitivity', 'Mileage', 'Billing Information', 'Directory Server', 'Hobby', 'Internet Free Busy', 'Keywords', 'Spouse', 'Children', "Manager's Name",
  "Assistant's Name", 'Connected On', 'File As', 'Yomi Name', 'Given Name Yomi', 'Family Name Yomi', 'Phonetic First Name', 'Phonetic Last Name', 'Phonetic Middle Name',
  'Lead Owner', 'Contact Owner', 'Owner', 'Lead Status', 'Status', 'Industry', 'Annual Revenue', 'No. of Employees', 'Lifecycle Stage', 'Birth Year', 'Birth Month', 'Birth Day',
  'Screen Name', 'Messenger ID', 'Skype ID', 'Ngày sinh', 'Giới tính', 'Nhóm', 'Ngày tạo', 'Mã khách hàng', 'Mã KH', 'Mã số thuế', 'Phone Extension',
  'Custom 1', 'Custom 2', 'Custom 3', 'Custom 4', 'Date of Birth', 'Email Opt Out', 'Do Not Call', 'Mail Client', 'Photo', 'Account Number', 'Profession', 'Referred By',
  'Organizational ID Number', 'Office Location', 'Government ID Number', 'User 1', 'User 2', 'User 3', 'User 4', 'Notes:',
];

const ALIASES: Array<[FieldKey, string[]]> = [
  ['fullName', ['Name', 'Full Name', 'Display Name', 'Formatted Name', 'Contact', 'Contact Name', 'Contact Full Name', 'Lead Name', 'Customer Name', 'Person', 'Nom complet', 'Nom et prénom', 'Vollständiger Name', 'Anzeigename', '表示名', '氏名', '名前', 'フルネーム', 'Họ và tên', 'Họ tên', 'Tên khách hàng', 'Khách hàng', 'Tên đầy đủ', 'Người liên hệ', 'Tên liên hệ', 'Họ tên khách hàng', 'Tên KH', 'Tên hiển thị', 'Họ và tên khách hàng', 'Nombre completo']],
  ['givenName', ['First Name', 'Given Name', 'First', 'Firstname', 'Forename', 'first_name', 'Prénom', 'Vorname', '名', 'Tên riêng', 'Nombre']],
  ['middleName', ['Middle Name', 'Additional Name', 'Additional Names', 'Middle', 'middle_name', 'Deuxième prénom', 'Autre prénom', 'Weitere Vornamen', 'Zweiter Vorname', 'ミドル ネーム', 'ミドルネーム', 'Tên đệm', 'Tên lót']],
  ['familyName', ['Last Name', 'Family Name', 'Surname', 'Last', 'Lastname', 'last_name', 'Nom', 'Nom de famille', 'Nachname', '姓', 'Họ', 'Họ và tên đệm', 'Họ đệm', 'Apellidos', 'Apellido']],
  ['prefix', ['Salutation', 'Name Prefix', 'Honorific Prefixes', 'Prefix', 'Civilité', 'Anrede', '敬称', 'Danh xưng', 'Xưng hô', 'Quý danh']],
  ['suffix', ['Suffix', 'Name Suffix', 'Honorific Suffixes', 'Suffixe', 'Namenszusatz', 'Hậu tố']],
  ['nickname', ['Nickname', 'Nick Name', 'Surnom', 'Spitzname', 'ニックネーム', 'Biệt danh', 'Tên gọi khác']],
  ['company', ['Company', 'Company Name', 'Organization', 'Organisation', 'Organization Name', 'Organization 1 - Name', 'Account Name', 'Account.Name', 'Company / Account', 'Company/Account', 'account_name', 'Employer', 'Firm', 'Business Name', 'Société', 'Entreprise', 'Nom de la société', 'Firma', 'Unternehmen', 'Organisation/Firma', '会社名', '会社', '勤務先', '勤務先名', 'Công ty', 'Tên công ty', 'Đơn vị', 'Cơ quan', 'Doanh nghiệp', 'Tổ chức', 'Tên doanh nghiệp', 'Tên đơn vị', 'Nơi làm việc', 'Parent Customer', 'Empresa']],
  ['jobTitle', ['Job Title', 'JobTitle', 'Position', 'Organization Title', 'Organization 1 - Title', 'Job Position', 'Designation', 'Fonction', 'Poste', 'Titre du poste', 'Berufsbezeichnung', 'Funktion', '役職', '肩書き', '肩書', 'Chức vụ', 'Chức danh', 'Vị trí', 'Vị trí công việc', 'Cargo', 'Puesto']],
  ['department', ['Department', 'Organization Department', 'Organization 1 - Department', 'Service', 'Abteilung', '部署', '部署名', 'Phòng ban', 'Bộ phận', 'Phòng', 'Departamento']],
  ['email:work', ['E-mail Address', 'Email Address', 'E-mail', 'Email', 'Primary Email', 'Email 1', 'E-mail 1', 'Mail', 'Work Email', 'Business Email', 'email1', 'Email Address 1', 'Adresse de messagerie', 'Adresse e-mail', 'Adresse électronique', 'Courriel', 'E-Mail-Adresse', 'E-Mail', 'E-Mail Adresse', '電子メール アドレス', '電子メール', 'メールアドレス', 'メール', 'Địa chỉ email', 'Địa chỉ e-mail', 'Thư điện tử', 'Hộp thư', 'Correo electrónico', 'Correo']],
  ['email:other', ['E-mail 2 Address', 'E-mail 3 Address', 'Email 2', 'Email 3', 'E-mail 2', 'E-mail 3', 'Secondary Email', 'Alternate Email 1', 'Alternate Email 2', 'Other Email', 'email2', 'email3', 'Email Address 2', 'Email Address 3', 'Adresse de messagerie 2', 'Adresse de messagerie 3', 'E-Mail 2: Adresse', 'E-Mail 3: Adresse', 'E-Mail 2', 'E-Mail 3', '電子メール 2 アドレス', '電子メール 3 アドレス', 'Địa chỉ email 2', 'Địa chỉ email 3', 'Email khác']],
  ['email:home', ['Home Email', 'Personal Email', 'Private Email', 'Email cá nhân']],
  ['phone:work', ['Phone 1', 'Business Phone', 'Business Phone 2', 'Work Phone', 'Work', 'Phone', 'Office Phone', 'Phone Number', 'Telephone', 'Telephone Number', 'Tel', 'Company Main Phone', 'Main Phone', 'Direct Phone', 'phone_work', 'Téléphone (bureau)', 'Téléphone 2 (bureau)', 'Téléphone bureau', 'Téléphone', 'Tél. bureau', 'Standard de la société', 'Telefon geschäftlich', 'Telefon geschäftlich 2', 'Telefon', 'Telefonnummer', 'Haupttelefon der Firma', '会社電話', '勤務先電話', '勤務先電話 2', '電話番号', '電話', 'Điện thoại', 'Số điện thoại', 'SĐT', 'SĐT cơ quan', 'Điện thoại cơ quan', 'Điện thoại công ty', 'Điện thoại nơi làm việc', 'Điện thoại bàn', 'Teléfono']],
  ['phone:mobile', ['Mobile Phone', 'Mobile', 'Cell', 'Cell Phone', 'Cellphone', 'Mobile Number', 'Mobile Phone Number', 'Mobile Phone 2', 'phone_mobile', 'Tél. mobile', 'Téléphone mobile', 'Portable', 'Téléphone portable', 'Mobiltelefon', 'Handy', 'Mobil', '携帯電話', '携帯', 'Di động', 'Điện thoại di động', 'ĐTDĐ', 'Số di động', 'SĐT di động', 'Số điện thoại di động', 'Zalo', 'Móvil', 'Celular']],
  ['phone:home', ['Home Phone', 'Home Phone 2', 'Home', 'phone_home', 'Téléphone (domicile)', 'Téléphone 2 (domicile)', 'Téléphone domicile', 'Telefon privat', 'Telefon privat 2', '自宅電話', '自宅電話 2', 'Điện thoại nhà', 'Điện thoại nhà riêng']],
  ['phone:fax', ['Business Fax', 'Fax', 'Fax Number', 'Home Fax', 'Other Fax', 'phone_fax', 'Télécopie (bureau)', 'Télécopie (domicile)', 'Télécopie', 'Fax geschäftlich', 'Fax privat', 'Weiteres Fax', '勤務先 FAX', '勤務先ファックス', '自宅 FAX', 'FAX', 'Số fax', 'Máy fax']],
  ['phone:other', ['Phone 2', 'Phone 3', 'Phone 4', 'Other Phone', 'Pager', 'Pager Number', "Assistant's Phone", 'Assistant Phone', 'Primary Phone', 'Radio Phone', 'Car Phone', 'Callback', 'Telex', 'TTY/TDD Phone', 'ISDN', 'Yahoo! Phone', 'Other', 'phone_other', 'Autre téléphone', 'Téléphone principal', 'Récepteur de radiomessagerie', 'Weiteres Telefon', 'Haupttelefon', 'Pager', 'その他の電話', 'ポケットベル', 'Điện thoại khác']],
  ['address.full:work', ['Business Address', 'Work Address', 'Address', 'Mailing Address', 'Full Address', 'Adresse (bureau)', 'Adresse', 'Adresse geschäftlich', 'Adresse', '勤務先住所', '住所', 'Địa chỉ', 'Địa chỉ cơ quan', 'Địa chỉ công ty', 'Địa chỉ liên hệ', 'Dirección']],
  ['address.street:work', ['Business Street', 'Work Street', 'Street', 'Street Address', 'Address 1', 'Address Line 1', 'Mailing Street', 'Primary Address Street', 'primary_address_street', 'Billing Street', 'Business Address Street', 'Work Address 1', 'Address 1: Street 1', 'Rue (bureau)', 'Rue', 'Straße geschäftlich', 'Straße', '勤務先 番地', '番地', 'Số nhà, đường', 'Đường', 'Số nhà']],
  ['address.street2:work', ['Business Street 2', 'Address 2', 'Address Line 2', 'Work Address 2', 'Address 1: Street 2', 'Rue (bureau) 2', 'Straße geschäftlich 2', 'Primary Address Street 2', 'primary_address_street_2']],
  ['address.street3:work', ['Business Street 3', 'Address 3', 'Address Line 3', 'Address 1: Street 3', 'Rue (bureau) 3', 'Straße geschäftlich 3', 'Primary Address Street 3']],
  ['address.poBox:work', ['Business PO Box', 'Business Address PO Box', 'Boîte postale (bureau)', 'Postfach geschäftlich']],
  ['address.district:work', ['Quận/Huyện', 'Quận', 'Huyện', 'Phường/Xã', 'Phường', 'Xã']],
  ['address.city:work', ['Business City', 'Work City', 'City', 'Town', 'Mailing City', 'Primary Address City', 'primary_address_city', 'Billing City', 'Business Address City', 'Address 1: City', 'Ville (bureau)', 'Ville', 'Ort geschäftlich', 'Ort', 'Stadt', '勤務先 市区町村', '市区町村', 'Thành phố', 'Tỉnh/Thành phố', 'Tỉnh/Thành', 'Tỉnh/TP', 'Tỉnh thành', 'Tỉnh thành phố', 'Tỉnh', 'TP', 'Thành phố (cơ quan)', 'Ciudad']],
  ['address.state:work', ['Business State', 'Work State', 'State', 'State/Province', 'State/Region', 'Province', 'Region', 'County', 'Mailing State', 'Mailing State/Province', 'Primary Address State', 'primary_address_state', 'Billing State', 'Business Address Region', 'Business Address State', 'Address 1: State/Province', 'Dép/Région (bureau)', 'État/Prov (bureau)', 'Région', 'Bundesland/Kanton geschäftlich', 'Region geschäftlich', 'Bundesland', '勤務先 都道府県', '都道府県', 'Estado', 'Provincia']],
  ['address.postalCode:work', ['Business Postal Code', 'Work ZipCode', 'Work ZIP', 'Work Zip Code', 'Zip', 'ZIP Code', 'Zip/Postal Code', 'Postal Code', 'PostalCode', 'Postcode', 'Mailing Zip/Postal Code', 'Mailing Postal Code', 'Primary Address Postal Code', 'primary_address_postalcode', 'Billing Zip/Postal Code', 'Business Address Postal Code', 'Business Address Zip', 'Address 1: ZIP/Postal Code', 'Code postal (bureau)', 'Code postal', 'Postleitzahl geschäftlich', 'Postleitzahl', 'PLZ', '勤務先 郵便番号', '郵便番号', 'Mã bưu chính', 'Mã bưu điện', 'Código postal']],
  ['address.country:work', ['Business Country/Region', 'Business Country', 'Work Country', 'Country', 'Country/Region', 'Country/Territory', 'Mailing Country', 'Primary Address Country', 'primary_address_country', 'Billing Country', 'Business Address Country', 'Business Address Country/Region', 'Address 1: Country/Region', 'Address 1: Country', 'Pays/Région (bureau)', 'Pays', 'Pays/Région', 'Land/Region geschäftlich', 'Land', 'Land/Region', '勤務先 国/地域', '国/地域', '国', 'Quốc gia', 'Quốc gia/Vùng', 'Quốc gia/Khu vực', 'País']],
  ['address.full:home', ['Home Address', 'Adresse (domicile)', 'Adresse privat', '自宅住所', 'Địa chỉ nhà', 'Địa chỉ thường trú']],
  ['address.street:home', ['Home Street', 'Home Address Street', 'Home Address 1', 'Rue (domicile)', 'Straße privat', '自宅 番地']],
  ['address.street2:home', ['Home Street 2', 'Home Address 2', 'Rue (domicile) 2', 'Straße privat 2']],
  ['address.street3:home', ['Home Street 3', 'Rue (domicile) 3', 'Straße privat 3']],
  ['address.poBox:home', ['Home Address PO Box', 'Home PO Box', 'Boîte postale (domicile)', 'Postfach privat']],
  ['address.city:home', ['Home City', 'Home Address City', 'Ville (domicile)', 'Ort privat', '自宅 市区町村']],
  ['address.state:home', ['Home State', 'Home Address Region', 'Home Address State', 'Dép/Région (domicile)', 'Bundesland/Kanton privat', 'Region privat', '自宅 都道府県']],
  ['address.postalCode:home', ['Home Postal Code', 'Home ZipCode', 'Home ZIP', 'Home Zip Code', 'Home Address Postal Code', 'Code postal (domicile)', 'Postleitzahl privat', '自宅 郵便番号']],
  ['address.country:home', ['Home Country/Region', 'Home Country', 'Home Address Country', 'Pays/Région (domicile)', 'Land/Region privat', '自宅 国/地域']],
  ['address.full:other', ['Other Address', 'Adresse (autre)', 'Weitere Adresse', 'その他の住所']],
  ['address.street:other', ['Other Street', 'Alt Address Street', 'alt_address_street', 'Other Address Street', 'Rue (autre)', 'Weitere Straße', 'その他 番地']],
  ['address.street2:other', ['Other Street 2', 'Rue (autre) 2', 'Weitere Straße 2']],
  ['address.street3:other', ['Other Street 3', 'Rue (autre) 3', 'Weitere Straße 3']],
  ['address.poBox:other', ['Other Address PO Box', 'Boîte postale (autre)', 'Weiteres Postfach']],
  ['address.city:other', ['Other City', 'Alt Address City', 'alt_address_city', 'Other Address City', 'Ville (autre)', 'Weiterer Ort', 'その他 市区町村']],
  ['address.state:other', ['Other State', 'Alt Address State', 'alt_address_state', 'Other Address Region', 'Dép/Région (autre)', 'Weiteres/r Bundesland/Kanton', 'その他 都道府県']],
  ['address.postalCode:other', ['Other Postal Code', 'Alt Address Postal Code', 'alt_address_postalcode', 'Other Address Postal Code', 'Code postal (autre)', 'Weitere Postleitzahl', 'その他 郵便番号']],
  ['address.country:other', ['Other Country/Region', 'Other Country', 'Alt Address Country', 'alt_address_country', 'Other Address Country', 'Pays/Région (autre)', 'Weiteres/r Land/Region', 'その他 国/地域']],
  ['website', ['Web Page', 'Website', 'Web Site', 'Web Page 1', 'Web Page 2', 'Personal Website', 'Business Website', 'Business Web Page', 'Personal Web Page', 'Homepage', 'Home Page', 'URL', 'Website URL', 'Web Address', 'Profile URL', 'Site Web', 'Page Web', 'Page Web personnelle', 'Webseite', 'Web ページ', 'ホームページ', 'Trang web', 'Sitio web']],
  ['notes', ['Notes', 'Note', 'Description', 'Comments', 'Comment', 'Remarks', 'Memo', 'Notizen', 'Bemerkungen', 'Commentaires', 'Remarques', 'メモ', '備考', 'Ghi chú', 'Mô tả', 'Nội dung', 'Notas']],
  ['source', ['Lead Source', 'LeadSource', 'Source', 'Original Source', 'lead_source', 'Contact Source', 'Origine', 'Origine du prospect', 'Quelle', 'Lead-Quelle', 'Nguồn', 'Nguồn khách hàng', 'Nguồn khách', 'Kênh', 'Origen']],
  ['region', ['City / Region', 'City/Region', 'Lead Region', 'Khu vực', 'Thành phố / Tỉnh']],
  ['rating', ['Rating', 'Lead Rating', 'Évaluation', 'Bewertung', 'Xếp hạng', 'Đánh giá']],
];

const ALIAS_INDEX = new Map<string, FieldKey>();
for (const [key, aliases] of ALIASES) {
  for (const alias of aliases) {
    const folded = foldHeader(alias);
    if (!ALIAS_INDEX.has(folded)) ALIAS_INDEX.set(folded, key);
  }
}
const IGNORED_INDEX = new Set(KNOWN_IGNORED.map(foldHeader));

/**
 * Google's numbered groups ("E-mail 1 - Value", "Phone 2 - Label", "Address 1 - City",
 * "Organization 1 - Name") and Dynamics 365's "Address 2: City".
 */
const NUMBERED = /^\s*(e-?mail|phone|address|organization|website|im|relation|event|custom field|external id)\s+(\d+)\s*[-:]\s*(.+?)\s*$/i;

const ADDRESS_PART_ALIASES: Record<string, string> = {
  formatted: 'full', composite: 'full', street: 'street', street1: 'street', street2: 'street2', street3: 'street3', pobox: 'poBox', extendedaddress: 'street2',
  city: 'city', region: 'state', state: 'state', stateprovince: 'state', county: 'state', postalcode: 'postalCode', zippostalcode: 'postalCode', zip: 'postalCode',
  country: 'country', countryregion: 'country',
};

function numberedKey(header: string): FieldKey | null | undefined {
  const match = NUMBERED.exec(header);
  if (!match) return undefined;
  const kind = foldHeader(match[1] ?? '');
  const number = match[2] ?? '1';
  const part = foldHeader(match[3] ?? '');
  const typePart = part === 'type' || part === 'label' || part === 'kind';
  switch (kind) {
    case 'email':
      if (part === 'value' || part === 'address' || part === 'adresse') return `email#${number}`;
      return typePart ? `emailType#${number}` : null;
    case 'phone':
      if (part === 'value') return `phone#${number}`;
      return typePart ? `phoneType#${number}` : null;
    case 'address': {
      if (typePart) return `addressType#${number}`;
      const addressPart = ADDRESS_PART_ALIASES[part];
      return addressPart ? `address.${addressPart}#${number}` : null;
    }
    case 'organization':
      if (part === 'name') return number === '1' ? 'company' : null;
      if (part === 'title' || part === 'jobdescription') return number === '1' ? 'jobTitle' : null;
      if (part === 'department') return number === '1' ? 'department' : null;
      return null;
    case 'website':
      return part === 'value' && number === '1' ? 'website' : null;
    default:
      return null;
  }
}

export type HeaderMatch = { key: FieldKey; recognised: boolean };

/** What one header means on its own: a field, or `ignore` (recognised or not). */
export function matchHeader(header: string): HeaderMatch {
  const numbered = numberedKey(header);
  if (numbered !== undefined) return { key: numbered ?? 'ignore', recognised: true };
  const folded = foldHeader(header);
  if (!folded) return { key: 'ignore', recognised: false };
  if (folded.startsWith('donotmodify')) return { key: 'ignore', recognised: true };
  // "Title", "Titre", "Tên" and "Account" change meaning with the columns beside them (see autoMap).
  if (CONTEXTUAL.has(folded)) return { key: CONTEXTUAL.get(folded) ?? 'ignore', recognised: true };
  const key = ALIAS_INDEX.get(folded);
  if (key) return { key, recognised: true };
  return { key: 'ignore', recognised: IGNORED_INDEX.has(folded) };
}

/** Headers whose field depends on the rest of the header row; this is their meaning alone. */
const CONTEXTUAL = new Map<string, FieldKey>([
  ['title', 'jobTitle'],
  ['titre', 'jobTitle'],
  ['ten', 'fullName'],
  ['account', 'company'],
  ['role', 'jobTitle'],
]);

/** Fields that hold one value: the first column mapped to one wins and later ones are ignored. */
function isSingleValued(key: FieldKey): boolean {
  return !key.startsWith('email') && !key.startsWith('phone') && key !== 'notes' && key !== 'ignore' && !key.includes('#');
}

/**
 * Maps a header row to one key per column. Context decides the headers that mean two things:
 * Outlook's "Title" is the courtesy title when "Job Title" is also there (a job title otherwise,
 * as in Salesforce, Zoho, ACT!, Yahoo); "Tên" is the given name beside "Họ" and the full name
 * alone; "Account" is the company only when no company column exists; KAddressBook's "Role"
 * fills the job title only when there is no "Title".
 */
export function autoMap(headers: readonly string[], customFields: ReadonlyArray<{ id: string; name: string }> = []): FieldKey[] {
  const folded = headers.map(foldHeader);
  const customByName = new Map(customFields.map((field) => [foldHeader(field.name), field.id]));
  const has = (...names: string[]) => names.some((name) => folded.includes(foldHeader(name)));
  const hasJobTitle = has('Job Title', 'JobTitle', 'Position', 'Fonction', 'Organization Title', 'Organization 1 - Title', 'Chức vụ', 'Chức danh', '役職');
  const keys = headers.map((header, index) => {
    const name = folded[index] ?? '';
    // A column named like one of the user's custom fields fills it (LeadPane's export writes them by name).
    const custom = customByName.get(name);
    if (custom) return `custom:${custom}`;
    // LeadPane's own export (and Google-like files): "Phone 2" beside "Phone 2 - Type" is one group.
    const numbered = /^\s*(e-?mail|phone|address)\s*(\d+)\s*$/i.exec(header);
    if (numbered && folded.includes(foldHeader(`${numbered[1]} ${numbered[2]} type`))) {
      const kind = foldHeader(numbered[1] ?? '');
      return `${kind === 'address' ? 'address.full' : kind}#${numbered[2]}`;
    }
    switch (name) {
      case 'title':
      case 'titre':
        return hasJobTitle ? 'prefix' : 'jobTitle';
      case 'ten':
        return has('Họ', 'Họ đệm', 'Họ và tên đệm') ? 'givenName' : 'fullName';
      case 'account':
        return has('Company', 'Company Name', 'Organization', 'Account Name') ? 'ignore' : 'company';
      case 'role':
        return has('Title', 'Job Title') ? 'ignore' : 'jobTitle';
      default:
        return matchHeader(header).key;
    }
  });
  const taken = new Set<FieldKey>();
  return keys.map((key) => {
    if (!isSingleValued(key)) return key;
    if (taken.has(key)) return key === 'website' ? 'notes' : 'ignore';
    taken.add(key);
    return key;
  });
}

/** How many cells of a row read as known headers (for finding the header row under a preamble). */
export function recognisedHeaderCount(cells: readonly string[]): number {
  return cells.filter((cell) => cell.trim() && matchHeader(cell).recognised).length;
}
