define([], function () {
  return {
    Title: 'CoP Hub community site header',
    Landmark: 'Community',
    CoreMember: "You're a core member",
    WiderMember: "You're a wider member",
    RequestPending: 'Your request to join is pending',
    FoundingPledge: "You've pledged as a founding member",
    Join: 'Join this community',
    Pledge: 'Pledge to help found it',
    FormingOf: 'Forming: {0} of {1} pledges.',
    FormingPledged: 'Forming: {0} pledged.',
    Directory: 'All communities',
    StandingUnavailable: "Your membership couldn't be checked.",
    TryAgain: 'Try again',
  };
});
