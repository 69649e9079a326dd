/// Common Chinese surnames, to tell a name in a byline (张建华) from a short phrase (新形势).
/// The single surnames cover the great majority of the population; compound ones are listed
/// separately. A rare surname is still read when the name is letter-spaced (`某　某　某`) or
/// follows an office and white space.
enum ChineseName {
    private static let single: Set<Unicode.Scalar> = Set((
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
        + "姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温"
        + "康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成"
        + "苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费"
        + "卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠"
        + "惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国"
        + "狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇"
        + "公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由习贲逄郗钮竺诸葛蓟糜"
    ).unicodeScalars)

    private static let compound: [[Unicode.Scalar]] = [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐",
        "端木", "独孤", "南宫", "西门", "轩辕", "呼延", "申屠", "闻人", "澹台", "公羊", "太史", "钟离", "百里", "万俟",
    ].map { Array($0.unicodeScalars) }

    /// Whether `s` reads as a whole name: a common surname and one or two characters of given name.
    static func isName(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        if compound.contains(where: { s.starts(with: $0) }) { return (3...4).contains(s.count) }
        guard let first = s.first else { return false }
        return (2...3).contains(s.count) && single.contains(first)
    }
}
