import { companyFromDomain, isFreeMailDomain } from '../freeMail';

describe('companyFromDomain', () => {
  it.each([
    ['contoso.com', 'Contoso'],
    ['fpt.com.vn', 'FPT'],
    ['hoangphat-tech.com.vn', 'Hoangphat Tech'],
    ['mail.northwind.co.uk', 'Northwind'],
    ['vng.vn', 'VNG'],
  ])('should guess %s -> %s', (domain, company) => {
    expect(companyFromDomain(domain)).toBe(company);
  });

  it.each(['gmail.com', 'yahoo.com.vn', 'outlook.com', 'vnn.vn', 'localhost'])('should give no company for %s', (domain) => {
    expect(companyFromDomain(domain)).toBeNull();
  });

  it('should know Vietnamese free-mail providers', () => {
    expect(isFreeMailDomain('YAHOO.COM.VN')).toBe(true);
  });
});
