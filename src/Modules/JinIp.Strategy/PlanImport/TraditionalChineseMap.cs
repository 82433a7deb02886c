namespace JinIp.Strategy.PlanImport;

/// <summary>
/// Traditional → simplified mapping for the characters that occur in IP work plans, unit names and
/// district names. Why not a full converter: a plan needs a few hundred characters, and a one-to-one
/// character table keeps every offset stable. The pairs were chosen by taking every character of the
/// 2021 seed plan, the Tianjin unit directory and a vocabulary of plan wording, and asking OpenCC
/// (s2t, s2tw, s2hk) for their traditional forms; a pair was kept only when OpenCC's t2s maps it back
/// and the traditional form is not itself a simplified character in use (so 著 in 著作权 and 乾 stay).
/// </summary>
internal static class TraditionalChineseMap
{
    // Column i of Traditional maps to column i of Simplified; the two strings have the same length.
    private const string Traditional =
        "萬與專業東嚴箇爲為麗舉義習鄉書爭於產億價衆眾優會傳僞偽體偵償剋黨關興養內冊軍農決" +
        "淨準減擊劃則創製劍劇辦務動勵勢區協單衛廳歷曆厲壓釐參雙發髮隻臺檯颱號後啟啓員週諮" +
        "響園圍國圖場堅壯處備複復頭獎學寧寶實審對導將層佈師帶幫幹並併廣庫應開強當錄徹徵徑" +
        "態總懲戲戰戶執揚摺護報擁揮據撐數鬥斷無時顯術機權條來極構標樣橋檢匯彙沒註測濟遊濱" +
        "潛點牽狀環現電監盜礎確種祕積稱穩競籌籤簡類係繫糾紅級綱納紛線綫組細織經結繞絡統繼" +
        "績續維綜編縫繳網罰職聯脫騰藝節範薦獲營藍薊銜補見觀規視計訂認讓訓議記講許訟設證評" +
        "識訴試話詢說説請調負財責賬質貧貫貼貸貿費資賠賽轉軟較輸達過運還這進遠違連適選遺郵" +
        "裡裏鑑鍾鐘銀鏈鍵鎮長門問間聞隊險隨靜麵頂項須預領題額風館馳驅驗龍";

    private const string Simplified =
        "万与专业东严个为为丽举义习乡书争于产亿价众众优会传伪伪体侦偿克党关兴养内册军农决" +
        "净准减击划则创制剑剧办务动励势区协单卫厅历历厉压厘参双发发只台台台号后启启员周咨" +
        "响园围国图场坚壮处备复复头奖学宁宝实审对导将层布师带帮干并并广库应开强当录彻征径" +
        "态总惩戏战户执扬折护报拥挥据撑数斗断无时显术机权条来极构标样桥检汇汇没注测济游滨" +
        "潜点牵状环现电监盗础确种秘积称稳竞筹签简类系系纠红级纲纳纷线线组细织经结绕络统继" +
        "绩续维综编缝缴网罚职联脱腾艺节范荐获营蓝蓟衔补见观规视计订认让训议记讲许讼设证评" +
        "识诉试话询说说请调负财责账质贫贯贴贷贸费资赔赛转软较输达过运还这进远违连适选遗邮" +
        "里里鉴钟钟银链键镇长门问间闻队险随静面顶项须预领题额风馆驰驱验龙";

    private static readonly Dictionary<char, char> Map = Build();

    /// <summary>The number of traditional characters the table knows.</summary>
    public static int Count => Map.Count;

    /// <summary>The simplified form of <paramref name="c"/>, or <paramref name="c"/> itself.</summary>
    public static char ToSimplified(char c) => c < '\u3400' ? c : Map.GetValueOrDefault(c, c);

    private static Dictionary<char, char> Build()
    {
        if (Traditional.Length != Simplified.Length)
        {
            throw new InvalidOperationException("The traditional and simplified columns differ in length.");
        }

        var map = new Dictionary<char, char>(Traditional.Length);
        for (var i = 0; i < Traditional.Length; i++)
        {
            map[Traditional[i]] = Simplified[i];
        }

        return map;
    }
}
