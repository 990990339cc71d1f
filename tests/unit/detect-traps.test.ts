/** Look-alikes the detector must tell apart from the dataset's entities, on the real dataset. */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/detect/index';

const ids = (text: string): string[] => findMentions(text).map((m) => `${m.text}=${m.id}`);

/** [passage, mentions that must be found ("surface=id"), surfaces that must not be reported] */
type Case = readonly [string, readonly string[], readonly string[]];

const cases: Record<string, readonly Case[]> = {
  'vivo vs in vivo and the telecom operator': [
    ['In vivo studies showed the drug works; ex vivo results agreed.', [], ['vivo']],
    ['vivo launched the X200 smartphone on Monday.', ['vivo=company:vivo'], []],
    ['Oppo holds 9% of the smartphone market, with Vivo close behind.', ['Vivo=company:vivo'], []],
    ['Apple overtook vivo and OPPO in India.', ['vivo=company:vivo', 'OPPO=company:oppo'], []],
    ['Telefonica bought Vivo, a telecommunications operator in Brazil.', [], ['Vivo']],
  ],
  'honor the word vs Honor the brand': [
    ['Honor your father and your mother.', [], ['Honor']],
    ['It was an honor to serve; honor matters.', [], ['honor']],
    ['He received the Medal of Honor in 1945.', [], ['Honor']],
    ["Honor's phones sold well in Europe.", ['Honor=company:honor'], []],
    ['Honor Magic 6 Pro goes on sale today.', ['Honor=company:honor'], []],
    ['On Friday Honor unveiled the V40 smartphone.', ['Honor=company:honor'], []],
  ],
  'ants and Apache Ant vs Ant Group': [
    ['We are the ant army, said the ants.', [], ['ant', 'ants']],
    ['Apache Ant is a Java build tool; Ant reads build.xml.', [], ['Ant']],
    ["Ant Group's IPO was halted. Ant had planned to raise $34bn.", ['Ant Group=company:ant-group', 'Ant=company:ant-group'], []],
  ],
  'Didi the person vs DiDi': [
    ['Didi Gregorius signed with the Phillies.', [], ['Didi']],
    ['Didi … well, Didi became one of the best shortstops in baseball.', [], ['Didi']],
    ['Didi said its ride-hailing app would return to app stores.', ['Didi=company:didi'], []],
    ['Didi Chuxing was fined.', ['Didi Chuxing=company:didi'], []],
  ],
  'product names that are also beers, verbs, people and pets': [
    ['Kirin beer is brewed in Japan; Kirin Holdings owns the brewery.', [], ['Kirin']],
    ["Huawei's Kirin 9000S chip surprised analysts.", ['Kirin 9000S=product:kirin'], []],
    ['The phone runs on a Kirin processor made by HiSilicon.', ['Kirin=product:kirin'], []],
    ['Prices ascend as demand grows; climbers ascend the peak.', [], ['ascend']],
    ['Huawei said its Ascend 910C chips would ship next year.', ['Ascend 910C=product:ascend'], []],
    ['Ernie and Bert are Sesame Street puppets. Ernie Els won the Open.', [], ['Ernie']],
    ["Baidu's ERNIE model now powers its search engine.", ['ERNIE=product:ernie-bot'], []],
    ['The choir sang in harmony; harmony between the teams was restored.', [], ['harmony']],
    ["Huawei's HarmonyOS now runs on more devices.", ['HarmonyOS=product:harmonyos'], []],
    ['My cat Doubao sleeps all day.', [], ['Doubao']],
    ["Doubao, ByteDance's chatbot, is the most used in China.", ['Doubao=product:doubao'], []],
  ],
  'Li said vs Li Auto': [
    ['According to Premier Li, the campaign matters. Li said growth was stable.', [], ['Li']],
    ['Li Auto delivered 40,000 vehicles.', ['Li Auto=company:li-auto'], []],
  ],
  'BoE the Bank of England vs BOE Technology': [
    ['The BoE raised interest rates again.', [], ['BoE']],
    ["The BOE's Monetary Policy Committee raised rates, the Bank of England said.", [], ['BOE']],
    ['BOE supplies OLED panels to phone makers.', ['BOE=company:boe'], []],
  ],
  'Tcl the language vs TCL': [
    ['Tcl is a scripting language; scripts are written in Tcl.', [], ['Tcl']],
    ['TCL sells televisions worldwide.', ['TCL=company:tcl'], []],
    ['TCL/Tk scripts run on many platforms; TCL is an interpreted language.', [], ['TCL']],
  ],
  'Horizon Europe vs Horizon Robotics': [
    ['Horizon Europe funds research. Horizon 2020 ended. It is on the horizon.', [], ['Horizon', 'horizon']],
    [
      "Horizon Robotics makes chips; Horizon's chips power cars.",
      ['Horizon Robotics=company:horizon-robotics', 'Horizon=company:horizon-robotics'],
      [],
    ],
  ],
  'JD Sports vs JD.com': [
    ['JD Sports Fashion Plc (LON:JD) published results.', [], ['JD']],
    [
      'JD.com reported strong sales; JD\u2019s logistics arm delivers parcels across China.',
      ['JD.com=company:jd-com', 'JD=company:jd-com'],
      [],
    ],
  ],
  'koalas vs Kaola': [
    ['The Koala eats eucalyptus; koalas sleep a lot.', [], ['Koala', 'koalas']],
    ['Alibaba bought Kaola from NetEase.', ['Kaola=company:kaola'], []],
  ],
  'Ali Baba the tale vs Alibaba': [['Ali Baba and the Forty Thieves is a folk tale about a woodcutter.', [], ['Ali Baba']]],
  "India's Five-Year Plans vs China's": [
    ["India's Five-Year Plans shaped its economy.", [], ['Five-Year Plans']],
    ['Nehru came up with the idea of five year plans.', [], ['five year plans']],
    ['Drawing up Five-Year Plans was the job of the Planning Commission.', [], ['Five-Year Plans']],
    ["China's Five-Year Plans guide investment.", ['Five-Year Plans=policy:five-year-plans'], []],
  ],
  'other places and people sharing a name': [
    ['In Canton, Ohio, the football hall of fame opened.', [], ['Canton']],
    ['Merchants in Canton sold tea and porcelain to European traders.', ['Canton=city:guangzhou'], []],
    ['Physicist Xian Zhang won an award. The city of Xian courts chip plants.', ['Xian=city:xian'], []],
    ['Engineers in the Bay Area faced layoffs at social media firms.', [], ['Bay Area']],
    [
      'The Great Wall of China attracts tourists; Great Wall Motors sells pickups.',
      ['Great Wall Motors=company:great-wall-motor'],
      ['Great Wall'],
    ],
    ['JD Vance spoke in Ohio. She earned a JD from Harvard Law School.', [], ['JD']],
    ['Vivo Energy runs fuel stations in Africa.', [], ['Vivo']],
    ['Stone Age tools were found. Oliver Stone directed the film.', [], ['Stone']],
  ],
  'policies of other countries': [
    ["Poland's special economic zones offer tax breaks to carmakers.", [], ['special economic zones']],
    ["Researchers can apply for Britain's Global Talent visa.", [], ['Talent visa']],
    ['Marx argued that new productive forces clash with old relations of production.', [], ['new productive forces']],
    ["The SEZ in Shenzhen boomed. India's SEZ policy differs.", ['SEZ=policy:special-economic-zones'], []],
  ],
  'Chinese words that are also names': [
    ['早上喝一碗小米粥对胃很好。', [], ['小米']],
    ['小米手机的销量增长了。', ['小米=company:xiaomi'], []],
    ['这首歌让我联想到小时候的夏天。', [], ['联想']],
    ['太阳慢慢落到了地平线下面。', [], ['地平线']],
  ],
  'plain-word compounds': [['Ant-sized robots could inspect jet engines.', [], ['Ant']]],
  'other names that begin or end with an alias': [
    ['Tencent Weibo closed; Sina Weibo thrived.', ['Sina Weibo=company:weibo'], ['Weibo']],
    ['Shares of Weibo jumped after its parent proposed a buyout.', ['Weibo=company:weibo'], []],
    ['The word Weibo simply means microblog; rival weibo services compete.', [], ['Weibo', 'weibo']],
    ['Ibn Sina was a physician.', [], ['Sina']],
    ['Ant-Man grossed millions at the box office.', [], ['Ant']],
    ['Digital China Holdings reported higher revenue.', [], ['Digital China']],
  ],
  'headline case: capitals say nothing, inflected verbs end the name': [
    ['Weibo Tightens Rules on Celebrity Fan Accounts', ['Weibo=company:weibo'], []],
    ['Didi Returns to Hong Kong With Fresh Listing Bid', ['Didi=company:didi'], []],
    ['Didi Gregorius Homers Again as Yankees Beat Red Sox', [], ['Didi']],
    ['Horizon Europe Grants Open to Swiss Researchers Again', [], ['Horizon']],
    ['JD Sports Profits Beat Forecasts', [], ['JD']],
  ],
  'headline subjects: joint brands take the bare verb, a news verb with a product or a market vouches': [
    ['Vivo and Oppo Push Into Europe', ['Vivo=company:vivo', 'Oppo=company:oppo'], []],
    ['Honor Brings Magic V3 to Europe', ['Honor=company:honor'], []],
    ['Oppo Expands Into Latin America', ['Oppo=company:oppo'], []],
    ['Honor Returns to Europe for Regiment Anniversary', [], ['Honor']],
    ['Legend Returns to Europe for Farewell Tour', [], ['Legend']],
    ['Honor Flight Brings 90 Veterans to Washington', [], ['Honor']],
    ['In Vivo Results Push Drug Into Late Trials', [], ['Vivo']],
    ['Medal of Honor Brings Fans Back to Europe', [], ['Honor']],
  ],
  'all-lower-case posts: case says nothing, the topic decides': [
    ['ngl the honor foldable i got is the best phone i have owned', ['honor=company:honor'], []],
    ['on my honor i did not eat the last dumpling', [], ['honor']],
    ['in vivo vs in vitro, exam tomorrow', [], ['vivo']],
  ],
  'a legal form after a brand names another company': [
    ['Legend Holdings, the parent of Lenovo, owns stakes in banks.', ['Lenovo=company:lenovo'], ['Legend']],
  ],
  'a country right before a plan owns it, whatever else the sentence names': [
    ["India's Five-Year Plans were modelled on Soviet practice; China's own plans ran longer.", [], ['Five-Year Plans']],
  ],
  'the entity named in full does not vouch for a sentence-initial plain word': [
    ['Pony rides at a Guangzhou park were suspended, while Pony.ai moved its head office.', ['Pony.ai=company:pony-ai'], ['Pony']],
    ['Pony.ai raised money in New York. Pony robotaxis now run in Beijing.', ['Pony=company:pony-ai'], []],
  ],
  'every spelling of an alias is matched': [["Xiong'an was meant to draw state firms out of Beijing.", ["Xiong'an=zone:xiongan"], []]],
};

describe('trap classes', () => {
  for (const [name, list] of Object.entries(cases)) {
    it(name, () => {
      for (const [text, want, unwanted] of list) {
        const got = ids(text);
        for (const w of want) expect(got, text).toContain(w);
        for (const u of unwanted)
          expect(
            got.filter((g) => g.startsWith(`${u}=`)),
            text,
          ).toEqual([]);
      }
    });
  }
});

describe('an imperative and the brand in one passage', () => {
  const at = (text: string): string[] => findMentions(text).map((m) => `${m.start}:${m.id}`);
  it('keeps the brand and drops the verb, at a sentence or a clause start', () => {
    expect(at('The ad for Honor phones said it plainly: Honor your parents.')).toEqual(['11:company:honor']);
    expect(at('Honor your parents, the billboard says. Honor phones sell well in China.')).toEqual(['40:company:honor']);
    expect(at('Honor Your Parents; Honor phones make a fine gift.')).toEqual(['20:company:honor']);
  });
});
