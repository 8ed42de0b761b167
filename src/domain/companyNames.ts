/**
 * Words that mark a company name: legal forms in the languages LeadPane meets (LLC, GmbH, S.A.,
 * S.p.A., K.K., AB, Co., Ltd., TNHH, Cổ phần, JSC...) and common organisation words. One list for
 * every rule that needs it (signature reading, display names in mail/).
 */
export const COMPANY_WORDS =
  /\b(?:inc|llc|l\.l\.c|ltd|limited|corp|corporation|co\.|company|gmbh|mbh|ag|kg|ug|s\.a|s\.p\.a|spa|s\.r\.l|srl|s\.l|sas|sarl|sàrl|bv|b\.v|nv|n\.v|oy|oyj|ab|a\/s|aps|asa|k\.k|kk|pte|sdn bhd|bhd|pvt|ltda|s\.a\.s|plc|llp|lp|jsc|group|holdings|technologies|technology|solutions|systems|partners|consulting|services|industries|international|enterprises|labs|studio|agency|bank|university|công ty|tnhh|cổ phần|tập đoàn|tổng công ty|ngân hàng|trường)(?![\p{L}\p{N}])/iu;
