package cn.zwgk.core.demo;

import java.util.List;

/**
 * Simplified → Traditional Chinese (Taiwan standard characters) for the demo data's vocabulary: a
 * character table plus the few words where one simplified character has several traditional forms.
 * It covers the characters the catalogue vocabulary uses, not Chinese in general; other characters
 * pass through unchanged. The table was derived from OpenCC's s2tw conversion of the generated texts.
 */
final class TraditionalChinese {
    private static final String SIMPLIFIED = "与专业东两严丧个临为举么义乡书于产价众优会传伤体余债偿储兑关兴养内册农决况准减划则刚创别办务动励劳区医华协单占卫厅历厕参"
            + "发变台号后吗听员咨响团园围国图场坚声处备复奖妆妇学实审对导将层岗巩布师带帮并广庄库应废开异强当录征径态总户执护报担拟拨挂"
            + "挥损换据携摇数无时暂术机权条构标栏树样档检毕气汇污注测济渔游灯灾点烟烧热状环现电疗监着础确碍种积称税稳筑签类粮约级纳纸线"
            + "练组细织绍经结统绩续维综绿编缮缴网罚职联脱艺节范药获营衔补见规视览计订认讨让训议记讲许论设证评识诉诊话询详说请读课调负财"
            + "责货质贫购贴贷贸费赁资赔赠车转输达迁过运还进违适选遗采里鉴销镇长门问间闻阅队阵际险随隐难项预领题额风饮馆驿验龄";
    private static final String TRADITIONAL = "與專業東兩嚴喪個臨為舉麼義鄉書於產價眾優會傳傷體餘債償儲兌關興養內冊農決況準減劃則剛創別辦務動勵勞區醫華協單佔衛廳歷廁參"
            + "發變臺號後嗎聽員諮響團園圍國圖場堅聲處備復獎妝婦學實審對導將層崗鞏佈師帶幫並廣莊庫應廢開異強當錄徵徑態總戶執護報擔擬撥掛"
            + "揮損換據攜搖數無時暫術機權條構標欄樹樣檔檢畢氣彙汙註測濟漁遊燈災點煙燒熱狀環現電療監著礎確礙種積稱稅穩築簽類糧約級納紙線"
            + "練組細織紹經結統績續維綜綠編繕繳網罰職聯脫藝節範藥獲營銜補見規視覽計訂認討讓訓議記講許論設證評識訴診話詢詳說請讀課調負財"
            + "責貨質貧購貼貸貿費賃資賠贈車轉輸達遷過運還進違適選遺採裡鑑銷鎮長門問間聞閱隊陣際險隨隱難項預領題額風飲館驛驗齡";

    /** Words whose character-by-character conversion would be wrong: simplified, traditional. */
    private static final List<String[]> WORDS = List.of(
            new String[] {"核准", "核准"}, new String[] {"批准", "批准"}, new String[] {"准入", "准入"},
            new String[] {"日历", "日曆"}, new String[] {"批复", "批覆"}, new String[] {"答复", "答覆"},
            new String[] {"一并", "一併"}, new String[] {"关系", "關係"}, new String[] {"联系", "聯繫"});

    private static final char[] TABLE = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c < TABLE.length; c++) {
            TABLE[c] = (char) c;
        }
        for (int i = 0; i < SIMPLIFIED.length(); i++) {
            TABLE[SIMPLIFIED.charAt(i)] = TRADITIONAL.charAt(i);
        }
    }

    private TraditionalChinese() {
    }

    /** The text in Traditional characters; null stays null. */
    static String convert(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        outer:
        while (i < text.length()) {
            for (String[] word : WORDS) {
                if (text.startsWith(word[0], i)) {
                    out.append(word[1]);
                    i += word[0].length();
                    continue outer;
                }
            }
            out.append(TABLE[text.charAt(i)]);
            i++;
        }
        return out.toString();
    }
}
