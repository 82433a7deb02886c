namespace JinIp.PatentSearch.Generation;

/// <summary>A technical field of the synthetic corpus: its IPC subclasses and the words its documents use.</summary>
internal sealed record Domain(string Name, string[] Subjects, string[] Parts, string[] Effects);

/// <summary>
/// The generator's own word lists, written for this project. Only statistics were taken from the real files in
/// shared/data/patents: the subclass frequencies and co-occurrences below (9,740 CNIPA titles), the kind mix
/// (A 48 %, U 46 %, B 5 %), title length (mean 16.6) and openings (一种 76 %, 基于 5 %), abstract length (mean 250).
/// </summary>
internal static class GeneratorVocabulary
{
    /// <summary>The 60 most frequent subclasses, their count in the real file and their most frequent companions.</summary>
    public static readonly (string Subclass, int Weight, string[] With)[] Subclasses =
    [
        ("G06F", 953, ["G06Q", "H04L", "G06N"]), ("G06Q", 695, ["G06F", "G06K", "G06N"]), ("H04L", 460, ["G06F", "H04W", "G06Q"]),
        ("H02J", 404, ["H02S", "G06Q", "H02M"]), ("B08B", 332, ["B01D", "H02S", "F26B"]), ("B01D", 327, ["B08B", "C02F", "B01J"]),
        ("G06K", 314, ["G06F", "G06N", "G06V"]), ("H02S", 313, ["F24S", "H02J", "B08B"]), ("G01N", 310, ["C12N", "G01D", "G06K"]),
        ("G06N", 280, ["G06F", "G06K", "G06V"]), ("B65G", 275, ["B65B", "B65D", "B08B"]), ("B29C", 245, ["B33Y", "B29L", "B29B"]),
        ("G06V", 213, ["G06K", "G06N", "G06T"]), ("H01M", 212, ["B60L", "B82Y", "H02J"]), ("H05K", 208, ["B01D", "H02J", "B08B"]),
        ("H04N", 201, ["H04L", "G08B", "F16M"]), ("H04W", 181, ["H04L", "G08B", "G06F"]), ("C02F", 171, ["B01D", "B01J", "E03B"]),
        ("B33Y", 156, ["B29C", "B22F", "A61L"]), ("B23K", 152, ["B65G", "H01L", "B25J"]), ("B60L", 147, ["H02J", "H01M", "B60K"]),
        ("A01G", 147, ["A01C", "A01M", "H02J"]), ("G06T", 136, ["G06V", "G06F", "G06K"]), ("F16M", 131, ["H04N", "B08B", "F16F"]),
        ("G05B", 130, ["G01D", "H04L", "G08B"]), ("B01F", 127, ["B01D", "B02C", "B01J"]), ("G08B", 124, ["H04N", "H04W", "H04L"]),
        ("G01R", 119, ["H02J", "G06K", "G08C"]), ("H01L", 114, ["H02S", "B32B", "C09J"]), ("B23Q", 112, ["B23D", "B23B", "B25B"]),
        ("B02C", 109, ["B07B", "B08B", "B01F"]), ("B24B", 105, ["B08B", "B33Y", "B01D"]), ("B25J", 104, ["B23K", "G06T", "G06F"]),
        ("E04G", 103, ["E04B", "E01D", "E02D"]), ("C12N", 96, ["C12R", "C07K", "A61K"]), ("B65D", 95, ["B65G", "F16F", "A61L"]),
        ("B01J", 94, ["B01D", "C02F", "C07C"]), ("B65B", 94, ["B65G", "B65H", "B67C"]), ("F26B", 93, ["B08B", "B01D", "B02C"]),
        ("G01B", 93, ["G01N", "G01C", "G01M"]), ("B65H", 92, ["B60L", "B65G", "B26D"]), ("A23L", 90, ["A23P", "A61K", "A61P"]),
        ("B26D", 89, ["B26F", "B08B", "B29C"]), ("G01D", 88, ["G08B", "G06Q", "G01N"]), ("B21D", 88, ["B21C", "B08B", "B23P"]),
        ("C08L", 87, ["C08K", "C08J", "C08G"]), ("F16F", 86, ["F16M", "H05K", "B66F"]), ("G01M", 85, ["G01N", "G01B", "G01R"]),
        ("G09B", 84, ["G06Q", "G06F", "H04N"]), ("F21V", 81, ["F21S", "F21W", "F21Y"]), ("A61B", 80, ["A61M", "A61G", "G16H"]),
        ("C01B", 78, ["B01D", "B82Y", "H01M"]), ("A61K", 74, ["A61P", "C12N", "A61Q"]), ("F24S", 74, ["H02S", "E04D", "H02J"]),
        ("G16H", 70, ["G06F", "G06Q", "G06K"]), ("B07B", 70, ["B02C", "B08B", "B01D"]), ("B23P", 69, ["B23Q", "B21D", "B65G"]),
        ("B25B", 69, ["B25H", "B23Q", "G01N"]), ("B66F", 69, ["B65G", "F16F", "E21D"]), ("G01S", 69, ["G01C", "H02J", "H04W"]),
    ];

    public static readonly Domain Computing = new(
        "computing",
        ["数据处理", "神经网络模型", "图像识别", "区块链存证", "边缘计算", "5G通信", "物联网终端", "知识图谱", "目标检测", "自然语言处理", "推荐算法", "身份认证", "数字孪生", "云平台", "智能客服", "视频监控", "故障诊断", "路径规划", "语音识别", "联邦学习"],
        ["服务器", "用户终端", "数据库", "存储介质", "处理器", "特征提取模块", "卷积层", "注意力机制", "加密模块", "通信接口", "缓存单元", "训练样本", "特征向量", "网关", "摄像头", "调度模块"],
        ["提高了识别准确率", "降低了计算开销", "缩短了响应时间", "保障了数据安全", "减少了人工干预", "提升了系统的可扩展性"]);

    public static readonly Domain Energy = new(
        "energy",
        ["锂离子电池", "磷酸铁锂LiFePO4正极材料", "钠离子电池", "固态电解质", "光伏组件", "储能系统", "充电桩", "电池管理系统", "逆变器", "硅碳负极材料", "太阳能电池片", "燃料电池", "风光互补发电", "微电网", "超级电容器"],
        ["正极片", "负极片", "隔膜", "电解液", "集流体", "电芯", "汇流排", "光伏板", "散热片", "控制器", "电池模组", "逆变模块", "储能单元", "采样电路"],
        ["提高了能量密度", "延长了循环寿命", "提升了充放电效率", "降低了内阻", "改善了倍率性能", "增强了热稳定性"]);

    public static readonly Domain Environment = new(
        "environment",
        ["污水处理", "废气净化", "除尘装置", "PM2.5过滤", "膜分离", "污泥干化", "垃圾分选", "脱硫脱硝", "油水分离", "VOCs治理", "清洗装置", "烘干设备", "粉碎装置", "搅拌装置"],
        ["过滤网", "沉淀池", "喷淋塔", "活性炭层", "催化剂床层", "风机", "进水管", "出水口", "搅拌桨", "滤芯", "排污阀", "烘干箱", "筛网", "刮板"],
        ["提高了净化效率", "降低了运行能耗", "减少了二次污染", "实现了连续处理", "延长了滤材使用寿命"]);

    public static readonly Domain Machinery = new(
        "machinery",
        ["输送装置", "机械臂", "焊接机器人", "夹具", "3D打印设备", "注塑模具", "数控机床", "打磨装置", "冲压模具", "升降平台", "减震支架", "切割机", "自动化生产线", "包装机", "翻转工装", "搬运小车"],
        ["底座", "支撑架", "导轨", "丝杠", "气缸", "伺服电机", "传动轴", "齿轮", "滑块", "夹爪", "连接板", "弹簧", "轴承", "限位块", "安装座", "固定螺栓"],
        ["提高了加工精度", "降低了劳动强度", "提升了生产效率", "结构简单、成本低", "便于安装与维护", "保证了运行稳定性"]);

    public static readonly Domain Measurement = new(
        "measurement",
        ["检测装置", "温度传感器", "光谱分析方法", "激光雷达", "电流互感器", "位移测量装置", "荧光检测", "气体传感器", "无损检测", "振动监测", "水质监测", "应力测试"],
        ["探头", "信号采集模块", "光源", "光电探测器", "放大电路", "标定块", "显示屏", "数据采集卡", "检测腔", "样品台"],
        ["提高了检测精度", "实现了在线监测", "缩短了检测时间", "降低了误报率", "提升了抗干扰能力"]);

    public static readonly Domain Life = new(
        "life",
        ["益生菌菌株", "发酵工艺", "抗体", "疫苗", "药物组合物", "中药提取物", "医疗器械", "超声探头", "功能性食品", "酶制剂", "基因检测试剂盒", "康复训练装置"],
        ["培养基", "提取液", "活性成分", "载体", "缓冲液", "导管", "传感电极", "壳体", "包衣层", "冻干粉"],
        ["提高了生物利用度", "降低了毒副作用", "提升了产率", "改善了口感", "缩短了发酵周期"]);

    public static readonly Domain Materials = new(
        "materials",
        ["复合材料", "石墨烯", "聚合物", "纳米颗粒", "防腐涂层", "改性树脂", "碳纳米管", "阻燃剂", "陶瓷材料", "高分子膜", "CO2吸附材料"],
        ["基体", "填料", "偶联剂", "固化剂", "分散剂", "溶剂", "前驱体", "涂层"],
        ["提高了力学强度", "改善了耐候性", "降低了生产成本", "提升了导热性能", "增强了界面结合力"]);

    public static readonly Domain Building = new(
        "building",
        ["LED灯具", "温室大棚", "灌溉系统", "包装箱", "建筑模板", "脚手架", "种植装置", "照明装置"],
        ["灯罩", "散热器", "滴灌管", "支撑杆", "箱体", "盖板", "卡扣", "连接件"],
        ["节约了用水", "便于拆装", "提高了施工效率", "降低了能耗"]);

    public static Domain For(string subclass) => subclass switch
    {
        "G06F" or "G06Q" or "H04L" or "G06K" or "G06N" or "G06V" or "H04N" or "H04W" or "G06T" or "G05B" or "G08B" or "G09B" or "G16H" => Computing,
        "H02J" or "H02S" or "H01M" or "B60L" or "H01L" or "F24S" or "H05K" => Energy,
        "B08B" or "B01D" or "C02F" or "B01F" or "B02C" or "B01J" or "F26B" or "B07B" => Environment,
        "G01N" or "G01R" or "G01B" or "G01D" or "G01M" or "G01S" => Measurement,
        "C12N" or "A23L" or "A61B" or "A61K" => Life,
        "C08L" or "C01B" => Materials,
        "A01G" or "F21V" or "B65D" or "E04G" => Building,
        _ => Machinery,
    };

    public static readonly string[] InventionSuffixes = ["方法", "系统", "装置", "方法及系统", "制备方法", "装置及方法", "及其制备方法", "方法、设备及存储介质", "控制方法", "平台"];

    public static readonly string[] UtilitySuffixes = ["装置", "设备", "结构", "机构", "组件", "系统", "工装", "模具"];

    public static readonly string[] Modifiers = ["智能", "高效", "便携式", "自动", "新型", "多功能", "可调节", "模块化", "低成本", "高精度", "环保型", "一体化", "轻量化", "在线"];

    public static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "贾", "丁", "魏", "薛", "叶", "阎", "欧阳", "司马"];

    public static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "磊", "强", "洋", "艳", "勇", "军", "杰", "涛", "明", "超", "秀英", "华", "丽", "鹏", "飞", "建国", "志强", "晓东", "海燕", "文博", "子涵", "浩然", "雨轩", "思远", "嘉怡", "俊杰", "一鸣", "天宇", "欣怡", "振华", "立新", "春梅", "国庆", "宏伟", "晨曦"];

    /// <summary>Tianjin universities and research bodies that file patents (public facts, listed by hand).</summary>
    public static readonly string[] Universities =
    [
        "天津大学", "南开大学", "河北工业大学", "天津工业大学", "天津科技大学", "天津理工大学", "天津医科大学", "天津师范大学",
        "中国民航大学", "天津城建大学", "天津职业技术师范大学", "天津商业大学", "天津中医药大学", "天津农学院", "天津财经大学",
    ];

    public static readonly string[] Institutes =
    [
        "中国科学院天津工业生物技术研究所", "天津市农业科学院", "天津市环境保护科学研究院", "中国电子科技集团公司第十八研究所",
        "天津市水产研究所", "中国汽车技术研究中心", "天津市特种设备监督检验技术研究院", "天津先进技术研究院",
    ];

    public static readonly string[] BrandSyllables = ["津", "海", "滨", "华", "泰", "达", "恒", "瑞", "鑫", "博", "远", "航", "诚", "德", "信", "卓", "宏", "科", "创", "新", "凯", "中", "盛", "康", "天", "宇", "正", "源", "力", "明"];

    public static readonly string[] Industries = ["新能源", "电子", "机械", "医药", "化工", "智能装备", "新材料", "信息技术", "环保", "自动化", "生物", "电气", "汽车零部件", "精密仪器", "软件"];

    public static readonly string[] CompanyForms = ["科技有限公司", "有限公司", "股份有限公司", "技术有限公司", "集团有限公司"];

    public static readonly string[] RoadWords = ["黄海", "泰达", "卫津", "复康", "华苑", "新技术产业园", "海泰", "津塘", "京津", "西青", "津滨", "汉江", "长江", "南海", "宏达", "兴华", "东海", "开源", "永康", "金桥"];

    /// <summary>Tianjin district codes weighted by their share of patent filings (Binhai and the tech parks lead).</summary>
    public static readonly (string Code, string Name, int Weight)[] Districts =
    [
        ("120116", "滨海新区", 34), ("120111", "西青区", 10), ("120104", "南开区", 9), ("120114", "武清区", 7), ("120110", "东丽区", 7),
        ("120113", "北辰区", 6), ("120112", "津南区", 5), ("120103", "河西区", 5), ("120115", "宝坻区", 3), ("120118", "静海区", 3),
        ("120102", "河东区", 2), ("120101", "和平区", 2), ("120105", "河北区", 2), ("120106", "红桥区", 2), ("120117", "宁河区", 2),
        ("120119", "蓟州区", 1),
    ];

    /// <summary>Applicants from outside Tianjin (about one in ten patents in a Tianjin corpus lists one).</summary>
    public static readonly (string Province, string City, string District, string Address)[] OtherPlaces =
    [
        ("11", "1101", "110108", "北京市海淀区中关村大街"), ("13", "1310", "131002", "河北省廊坊市安次区"), ("31", "3101", "310115", "上海市浦东新区张江路"),
        ("44", "4403", "440305", "广东省深圳市南山区科技园"), ("32", "3201", "320115", "江苏省南京市江宁区"), ("37", "3702", "370212", "山东省青岛市崂山区"),
    ];
}
