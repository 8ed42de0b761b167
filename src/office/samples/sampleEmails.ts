/**
 * Sample emails for preview mode, written for LeadPane (no real people). Raw RFC 822 text,
 * so they go through the same parser as an opened .eml file.
 */
export type SampleEmail = { id: string; label: string; raw: string };

const enquiry = `From: "Sarah Whitfield" <sarah.whitfield@northwindtraders.com>
To: "Sales" <sales@leadpane.example>
Subject: Quote request: 40 seats for our Hanoi office
Date: Tue, 17 Nov 2026 09:12:44 +0700
Message-ID: <sample-enquiry-0001@northwindtraders.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hello,

We are opening an office in Hanoi in January and need a CRM for about 40
salespeople. Could you send a quote and tell us whether you support
Vietnamese?

Best regards,
Sarah Whitfield
Head of Operations, APAC
Northwind Traders Ltd.
Tel: +44 20 7946 0958
Mobile: +44 7700 900123
www.northwindtraders.com
`;

const vietnamese = `From: =?UTF-8?B?Tmd1eeG7hW4gVsSDbiBBbg==?= <an.nguyen@hoangphat-tech.com.vn>
To: sales@leadpane.example
Subject: =?UTF-8?Q?B=C3=A1o_gi=C3=A1_ph=E1=BA=A7n_m=E1=BB=81m?=
Date: Wed, 18 Nov 2026 14:05:10 +0700
Message-ID: <sample-vi-0002@hoangphat-tech.com.vn>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Chào anh chị,

Công ty chúng tôi muốn tìm hiểu giải pháp quản lý khách hàng cho 15 nhân viên
kinh doanh. Xin gửi giúp báo giá và tài liệu giới thiệu.

Trân trọng,
Nguyễn Văn An
Giám đốc Kinh doanh
Công ty TNHH Công nghệ Hoàng Phát
ĐT: (028) 3822 1234 - DĐ: 0903 123 456
Địa chỉ: 12 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh
`;

const reply = `From: Daniel Kowalski <dkowalski@fabrikam-logistics.com>
To: "LeadPane Sales" <sales@leadpane.example>
Subject: RE: Follow-up on the demo
Date: Thu, 19 Nov 2026 16:40:00 +0100
Message-ID: <sample-reply-0003@fabrikam-logistics.com>
In-Reply-To: <demo-invite-0001@leadpane.example>
References: <demo-invite-0001@leadpane.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Thanks for the demo yesterday. The team liked the scoring; can we start a
trial on Monday?

Daniel Kowalski
Procurement Manager | Fabrikam Logistics
Direct: +48 22 123 45 67

-----Original Message-----
From: LeadPane Sales <sales@leadpane.example>
Sent: Wednesday, November 18, 2026 10:00 AM
To: Daniel Kowalski <dkowalski@fabrikam-logistics.com>
Subject: Follow-up on the demo

Hi Daniel, thank you for your time today.
`;

export const SAMPLE_EMAILS: readonly SampleEmail[] = [
  { id: 'enquiry', label: 'Sarah Whitfield: quote request', raw: enquiry },
  { id: 'vietnamese', label: 'Nguyễn Văn An: báo giá', raw: vietnamese },
  { id: 'reply', label: 'Daniel Kowalski: RE: demo', raw: reply },
];
