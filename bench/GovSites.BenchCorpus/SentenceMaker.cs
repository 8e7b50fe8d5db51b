using System.Globalization;

namespace GovSites.BenchCorpus;

/// <summary>
/// Builds one sentence of a county government article from a template and Zipf-drawn words: the same
/// templates and word lists give a realistic vocabulary with realistic frequencies, and their combinations
/// give as many distinct sentences as wanted.
/// </summary>
internal sealed class SentenceMaker
{
    private static readonly WordList Topics = new(Vocabulary.Topics, 0.9);
    private static readonly WordList Subjects = new(Vocabulary.Subjects);
    private static readonly WordList Leaders = new(Vocabulary.Leaders);
    private static readonly WordList Surnames = new(Vocabulary.Surnames, 0.8);
    private static readonly WordList GivenNames = new(Vocabulary.GivenNames, 0.5);
    private static readonly WordList Townships = new(Vocabulary.Townships, 0.7);
    private static readonly WordList Villages = new(Vocabulary.Villages, 0.6);
    private static readonly WordList Adverbs = new(Vocabulary.Adverbs);
    private static readonly WordList Actions = new(Vocabulary.Actions);
    private static readonly WordList Meetings = new(Vocabulary.Meetings);
    private static readonly WordList Activities = new(Vocabulary.Activities);
    private static readonly WordList Outcomes = new(Vocabulary.Outcomes);
    private static readonly WordList Groups = new(Vocabulary.Groups);
    private static readonly WordList Counters = new(Vocabulary.Counters);
    private static readonly WordList Quantities = new(Vocabulary.Quantities);
    private static readonly WordList Demands = new(Vocabulary.Demands);
    private static readonly WordList Accidents = new(["安全生产", "道路交通", "火灾", "森林火灾", "地质灾害", "溺水", "燃气"]);

    private static readonly Func<Random, string, string>[] Templates =
    [
        (r, t) => $"{Date(r)}，{Subjects.Next(r)}召开{t}{Meetings.Next(r)}，{Adverbs.Next(r)}部署下一阶段重点工作。",
        (r, t) => $"会议指出，{t}工作事关人民群众切身利益，各级各部门要{Demands.Next(r)}，{Adverbs.Next(r)}{Actions.Next(r)}各项措施。",
        (r, t) => $"{Leaders.Next(r)}{Name(r)}带队深入{Place(r)}，实地督导{t}工作。",
        (r, t) => $"截至{Date(r)}，全县累计完成{t}相关任务{Number(r)}{Counters.Next(r)}，完成年度目标任务的{r.Next(60, 130)}%。",
        (r, t) => $"活动期间，共发放{t}宣传资料{Number(r)}份，接受{Groups.Next(r)}咨询{Number(r)}人次。",
        (r, t) => $"{Place(r)}组织{Groups.Next(r)}{Number(r)}人开展{t}{Activities.Next(r)}。",
        (r, t) => $"下一步，{Subjects.Next(r)}将继续{Adverbs.Next(r)}{Actions.Next(r)}{t}工作，确保各项任务落到实处。",
        (r, t) => $"会议要求，要{Demands.Next(r)}，{Demands.Next(r)}，以更高标准{Actions.Next(r)}{t}。",
        (r, t) => $"今年以来，{Subjects.Next(r)}{Adverbs.Next(r)}{Actions.Next(r)}{t}，{Outcomes.Next(r)}。",
        (r, t) => $"{Name(r)}强调，要{Demands.Next(r)}，把{t}各项工作抓细抓实。",
        (r, t) => $"据统计，{Place(r)}共投入资金{Number(r)}{Quantities.Next(r) switch { "万元" => "万元", var q => "万元，完成" + Number(r) + q }}。",
        (r, t) => $"检查组采取“四不两直”方式，深入{Place(r)}等地，共排查问题隐患{Number(r)}处，现场整改{Number(r)}处。",
        (r, t) => $"{Subjects.Next(r)}与{Subjects.Next(r)}联合开展{t}{Activities.Next(r)}，{Outcomes.Next(r)}。",
        (r, t) => $"为{Adverbs.Next(r)}{Actions.Next(r)}{t}，{Place(r)}成立了以{Leaders.Next(r)}为组长的工作专班。",
        (r, t) => $"{Date(r)}上午，{Leaders.Next(r)}{Name(r)}主持召开{Meetings.Next(r)}，听取{t}工作情况汇报。",
        (r, t) => $"工作人员逐户讲解{t}相关政策，引导{Groups.Next(r)}积极参与，营造了浓厚氛围。",
        (r, t) => $"{Place(r)}充分发挥网格员作用，{Adverbs.Next(r)}{Actions.Next(r)}{t}，做到横向到边、纵向到底。",
        (r, t) => $"全年共争取上级{t}项目资金{Number(r)}万元，实施项目{r.Next(2, 40)}个。",
        (r, t) => $"针对发现的问题，{Subjects.Next(r)}建立问题清单、责任清单和整改清单，实行销号管理。",
        (r, t) => $"{Groups.Next(r)}纷纷表示，{t}工作{Outcomes.Next(r)}，实实在在的变化看得见、摸得着。",
        (r, t) => $"据悉，{Place(r)}已连续{r.Next(2, 12)}年未发生较大{Accidents.Next(r)}事故。",
        (r, t) => $"此次{Activities.Next(r)}覆盖{Place(r)}等{r.Next(3, 30)}个村（社区），惠及{Groups.Next(r)}{Number(r)}户。",
        (r, t) => $"各单位要于{Date(r)}前将{t}工作开展情况报送{Subjects.Next(r)}，逾期未报的将予以通报。",
        (r, t) => $"{Date(r)}，{Place(r)}{t}{Activities.Next(r)}顺利举行，{Groups.Next(r)}{Number(r)}余人参加。",
        (r, t) => $"{Subjects.Next(r)}坚持把{t}作为重要政治任务，{Adverbs.Next(r)}{Actions.Next(r)}，{Outcomes.Next(r)}。",
        (r, t) => $"会上，{Leaders.Next(r)}{Name(r)}通报了{Place(r)}{t}工作开展情况，并对存在的问题进行了点评。",
        (r, t) => $"下阶段，将重点围绕{t}、{Topics.Next(r)}等领域，{Adverbs.Next(r)}{Actions.Next(r)}相关工作。",
        (r, t) => $"{Place(r)}结合实际，探索形成了“{(t.Contains("党建", StringComparison.Ordinal) ? "网格" : "党建")}+{t}”工作模式，{Outcomes.Next(r)}。",
        (r, t) => $"对工作不力、推诿扯皮的单位和个人，将按照有关规定严肃追责问责。",
        (r, t) => $"咨询电话：0746-{r.Next(7_000_000, 7_999_999).ToString(CultureInfo.InvariantCulture)}。",
        (r, t) => $"本次共培训{Groups.Next(r)}{Number(r)}名，发放{t}知识手册{Number(r)}册。",
        (r, t) => $"{Place(r)}投入{Number(r)}万元，新建和改造{t}设施{r.Next(2, 60)}处。",
    ];

    private static readonly Zipf TemplateZipf = new(Templates.Length, 0.4);

    /// <summary>A sentence about <paramref name="topic"/>, or about a Zipf-drawn topic when it is null.</summary>
    public static string Make(Random random, string? topic = null) =>
        Templates[TemplateZipf.Next(random)](random, topic ?? Topics.Next(random));

    public static string Topic(Random random) => Topics.Next(random);

    public static string Township(Random random) => Townships.Next(random);

    public static string Name(Random random) => Surnames.Next(random) + GivenNames.Next(random);

    private static string Place(Random random) =>
        random.Next(3) == 0 ? Townships.Next(random) : Townships.Next(random) + Villages.Next(random) + "村";

    private static string Date(Random random) => $"{random.Next(1, 13)}月{random.Next(1, 29)}日";

    private static string Number(Random random) =>
        (random.Next(2, 100) * (random.Next(4) switch { 0 => 1, 1 => 10, 2 => 3, _ => 100 })).ToString(CultureInfo.InvariantCulture);
}
