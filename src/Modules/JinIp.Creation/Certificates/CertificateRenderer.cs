using System.Globalization;
using System.IO.Compression;
using System.Text;
using JinIp.Creation.Data;
using JinIp.Creation.Registrations;
using JinIp.Platform.Errors;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using QRCoder;

namespace JinIp.Creation.Certificates;

/// <summary>
/// Draws the registration certificate (作品登记证书): A4, the Chinese text set in the configured CJK
/// font, embedded in the PDF, the registration number, and a QR code with the verification address.
/// </summary>
internal sealed class CertificateRenderer(CreationOptions options)
{
    private const double PageWidth = 595.28;
    private const double PageHeight = 841.89;
    private readonly Lazy<CjkFont> _font = new(() => LoadFont(options), LazyThreadSafetyMode.ExecutionAndPublication);

    internal CjkFont Font => _font.Value;

    public byte[] Render(CopyrightRegistration registration, string verificationUrl)
    {
        var font = Font;
        var number = registration.RegistrationNumber ?? throw new InvalidOperationException("Only registered works have a certificate.");
        var content = new ContentWriter(font);

        // Border: an outer and an inner frame in seal red.
        content.Raw("q 0.64 0.09 0.11 RG 2.5 w 28 28 539.28 785.89 re S 0.8 w 36 36 523.28 769.89 re S Q");
        content.Centered("作品登记证书", PageHeight - 110, 30);
        content.Centered("COPYRIGHT REGISTRATION CERTIFICATE", PageHeight - 135, 10);
        content.Centered($"登记号：{number}", PageHeight - 175, 14);

        var y = PageHeight - 225;
        var left = 80.0;
        var owners = string.Join("、", registration.Owners.OrderBy(o => o.Position).Select(o => o.Name));
        var authors = string.Join("、", registration.Authors.OrderBy(a => a.Position).Select(a => a.Name));
        (string Label, string Value)[] lines =
        [
            ("作品名称", registration.Title),
            ("作品类别", registration.WorkType is { } type ? WorkTypes.NameZh(type) : ""),
            ("作　　者", authors),
            ("著作权人", owners),
            ("创作完成日期", Date(registration.CompletedOn)),
            ("首次发表日期", registration.Published ? Date(registration.FirstPublishedOn) : "未发表"),
            ("登记日期", Date(registration.RegisteredOn)),
        ];
        foreach (var (label, value) in lines)
        {
            y = content.Field(label, value, left, y, 13, PageWidth - left - 80);
            y -= 12;
        }

        content.Paragraph(
            $"{owners}申请登记的{(registration.WorkType is { } t ? WorkTypes.NameZh(t) : "作品")}《{registration.Title}》，经天津市版权局审核，"
            + "依据《作品自愿登记试行办法》予以登记。本证书记载事项以登记机构档案为准，可扫描二维码或访问下列地址核验。",
            left, y - 10, 11, PageWidth - left - 80);

        // QR code bottom left, with the address beside it; the same address is a link on the code.
        using var generator = new QRCodeGenerator();
        using var qr = generator.CreateQrCode(verificationUrl, QRCodeGenerator.ECCLevel.M);
        const double qrSize = 110;
        const double qrX = 80;
        const double qrY = 90;
        content.QrCode(qr, qrX, qrY, qrSize);
        content.Text("扫码核验 / Verify", qrX + qrSize + 14, qrY + 80, 10);
        // Printed readable (the number unescaped) and wrapped inside the frame; the QR code and the link carry the exact address.
        content.Lines(Uri.UnescapeDataString(verificationUrl), qrX + qrSize + 14, qrY + 64, 8, 230);
        content.Text("天津市版权局", PageWidth - 190, qrY + 24, 14);
        content.Text(Date(registration.RegisteredOn), PageWidth - 190, qrY + 6, 12);

        var document = new PdfDocument();
        document.Info.Title = $"作品登记证书 {number}";
        document.Info.Subject = number;
        document.Info.Creator = "JinIP 津IP";
        document.Options.CompressContentStreams = false;
        var page = document.AddPage();
        page.Width = PdfSharp.Drawing.XUnit.FromPoint(PageWidth);
        page.Height = PdfSharp.Drawing.XUnit.FromPoint(PageHeight);

        var fontReference = EmbedFont(document, font, content.UsedCodePoints);
        var fonts = new PdfDictionary(document);
        fonts.Elements.SetReference("/F1", fontReference);
        page.Resources.Elements["/Font"] = fonts;
        // The page's content is one stream of our own operators (PDFsharp's drawing layer cannot use a CFF font).
        var pageContent = new PdfDictionary(document);
        pageContent.CreateStream(Encoding.ASCII.GetBytes(content.ToString()));
        document.Internals.AddObject(pageContent);
        page.Elements.SetReference("/Contents", pageContent);
        page.AddWebLink(new PdfRectangle(new PdfSharp.Drawing.XPoint(qrX, PageHeight - qrY - qrSize), new PdfSharp.Drawing.XSize(qrSize, qrSize)), verificationUrl);

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static string Date(DateOnly? date) => date is { } d ? d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) : "";

    private static CjkFont LoadFont(CreationOptions options)
    {
        var path = options.CertificateFont;
        if (!File.Exists(path))
        {
            throw new ConflictException(
                $"无法生成证书：找不到中文字体文件 {path}。请安装 fonts-noto-cjk，或在配置项 Creation:CertificateFont 中指定 OpenType/CFF 中文字体（.otf 或 .ttc）。",
                $"The certificate cannot be produced: the Chinese font {path} is missing. Install fonts-noto-cjk or set Creation:CertificateFont to an OpenType/CFF CJK font (.otf or .ttc).");
        }

        return CjkFont.Load(path);
    }

    /// <summary>A Type0 font over a CIDFontType0 whose program is the CFF table (FontFile3/CIDFontType0C), with widths and a ToUnicode map.</summary>
    private static PdfDictionary EmbedFont(PdfDocument document, CjkFont font, IReadOnlySet<int> used)
    {
        var baseName = "/" + font.PostScriptName;
        var fontFile = new PdfDictionary(document);
        fontFile.Elements["/Subtype"] = new PdfName("/CIDFontType0C");
        fontFile.Elements["/Filter"] = new PdfName("/FlateDecode");
        fontFile.CreateStream(Deflate(font.SubsetCff(used)));
        document.Internals.AddObject(fontFile);

        var scale = 1000.0 / font.UnitsPerEm;
        var descriptor = new PdfDictionary(document);
        descriptor.Elements["/Type"] = new PdfName("/FontDescriptor");
        descriptor.Elements["/FontName"] = new PdfName(baseName);
        descriptor.Elements["/Flags"] = new PdfInteger(4);
        descriptor.Elements["/FontBBox"] = new PdfArray(document, font.BoundingBox.Select(v => (PdfItem)new PdfInteger((int)(v * scale))).ToArray());
        descriptor.Elements["/ItalicAngle"] = new PdfInteger(0);
        descriptor.Elements["/Ascent"] = new PdfInteger((int)(font.Ascender * scale));
        descriptor.Elements["/Descent"] = new PdfInteger((int)(font.Descender * scale));
        descriptor.Elements["/CapHeight"] = new PdfInteger((int)(font.Ascender * scale));
        descriptor.Elements["/StemV"] = new PdfInteger(80);
        descriptor.Elements.SetReference("/FontFile3", fontFile);
        document.Internals.AddObject(descriptor);

        var byCid = used.Select(c => (Cid: font.CidOf(c), CodePoint: c, Width: font.WidthOf(c)))
            .GroupBy(g => g.Cid).Select(g => g.First()).OrderBy(g => g.Cid).ToList();
        var widths = new PdfArray(document);
        foreach (var glyph in byCid)
        {
            widths.Elements.Add(new PdfInteger(glyph.Cid));
            widths.Elements.Add(new PdfArray(document, new PdfInteger(glyph.Width)));
        }

        var systemInfo = new PdfDictionary(document);
        systemInfo.Elements["/Registry"] = new PdfString("Adobe");
        systemInfo.Elements["/Ordering"] = new PdfString("Identity");
        systemInfo.Elements["/Supplement"] = new PdfInteger(0);

        var cidFont = new PdfDictionary(document);
        cidFont.Elements["/Type"] = new PdfName("/Font");
        cidFont.Elements["/Subtype"] = new PdfName("/CIDFontType0");
        cidFont.Elements["/BaseFont"] = new PdfName(baseName);
        cidFont.Elements["/CIDSystemInfo"] = systemInfo;
        cidFont.Elements.SetReference("/FontDescriptor", descriptor);
        cidFont.Elements["/DW"] = new PdfInteger(1000);
        cidFont.Elements["/W"] = widths;
        document.Internals.AddObject(cidFont);

        var toUnicode = new PdfDictionary(document);
        toUnicode.CreateStream(Encoding.ASCII.GetBytes(ToUnicodeCMap(byCid.Select(g => (g.Cid, g.CodePoint)).ToList())));
        document.Internals.AddObject(toUnicode);

        var type0 = new PdfDictionary(document);
        type0.Elements["/Type"] = new PdfName("/Font");
        type0.Elements["/Subtype"] = new PdfName("/Type0");
        type0.Elements["/BaseFont"] = new PdfName(baseName);
        type0.Elements["/Encoding"] = new PdfName("/Identity-H");
        type0.Elements["/DescendantFonts"] = new PdfArray(document, PdfInternals.GetReference(cidFont)!);
        type0.Elements.SetReference("/ToUnicode", toUnicode);
        document.Internals.AddObject(type0);
        return type0;
    }

    private static string ToUnicodeCMap(List<(ushort Cid, int CodePoint)> glyphs)
    {
        var builder = new StringBuilder();
        builder.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var chunk in glyphs.Chunk(100))
        {
            builder.Append(CultureInfo.InvariantCulture, $"{chunk.Length} beginbfchar\n");
            foreach (var (cid, codePoint) in chunk)
            {
                var utf16 = Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(char.ConvertFromUtf32(codePoint)));
                builder.Append(CultureInfo.InvariantCulture, $"<{cid:X4}> <{utf16}>\n");
            }

            builder.Append("endbfchar\n");
        }

        builder.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return builder.ToString();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>Writes a PDF content stream (origin bottom left, points).</summary>
    private sealed class ContentWriter(CjkFont font)
    {
        private readonly StringBuilder _ops = new();

        public HashSet<int> UsedCodePoints { get; } = [];

        public void Raw(string operators) => _ops.Append(operators).Append('\n');

        public void Text(string text, double x, double y, double size)
        {
            foreach (var c in CjkFont.CodePoints(text))
            {
                UsedCodePoints.Add(c);
            }

            _ops.Append(CultureInfo.InvariantCulture, $"BT /F1 {size:0.##} Tf {x:0.##} {y:0.##} Td <{font.Encode(text)}> Tj ET\n");
        }

        public void Centered(string text, double y, double size) => Text(text, (PageWidth - font.MeasureWidth(text, size)) / 2, y, size);

        /// <summary>A label and its value, the value wrapped to the width; returns the baseline below the last line.</summary>
        public double Field(string label, string value, double x, double y, double size, double width)
        {
            Text(label + "：", x, y, size);
            var valueX = x + font.MeasureWidth("创作完成日期：", size) + 6;
            foreach (var line in Wrap(value, size, width - (valueX - x)))
            {
                Text(line, valueX, y, size);
                y -= size * 1.6;
            }

            return y;
        }

        public double Paragraph(string text, double x, double y, double size, double width)
        {
            foreach (var line in Wrap("　　" + text, size, width))
            {
                Text(line, x, y, size);
                y -= size * 1.7;
            }

            return y;
        }

        public double Lines(string text, double x, double y, double size, double width)
        {
            foreach (var line in Wrap(text, size, width))
            {
                Text(line, x, y, size);
                y -= size * 1.4;
            }

            return y;
        }

        public void QrCode(QRCodeData qr, double x, double y, double size)
        {
            var matrix = qr.ModuleMatrix;
            var modules = matrix.Count;
            var cell = size / modules;
            _ops.Append("q 0 0 0 rg\n");
            for (var row = 0; row < modules; row++)
            {
                for (var column = 0; column < modules; column++)
                {
                    if (matrix[row][column])
                    {
                        var top = y + size - ((row + 1) * cell);
                        _ops.Append(CultureInfo.InvariantCulture, $"{x + (column * cell):0.###} {top:0.###} {cell:0.###} {cell:0.###} re\n");
                    }
                }
            }

            _ops.Append("f Q\n");
        }

        private IEnumerable<string> Wrap(string text, double size, double width)
        {
            if (text.Length == 0)
            {
                yield return "";
                yield break;
            }

            var line = new StringBuilder();
            foreach (var c in CjkFont.CodePoints(text))
            {
                var s = char.ConvertFromUtf32(c);
                if (line.Length > 0 && font.MeasureWidth(line + s, size) > width)
                {
                    yield return line.ToString();
                    line.Clear();
                }

                line.Append(s);
            }

            yield return line.ToString();
        }

        public override string ToString() => _ops.ToString();
    }
}
