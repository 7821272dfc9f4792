"""EmoLens's attention-pooling CNN (Li et al., Interspeech 2018) in PyTorch.

Loads the state dicts that `emolens-cli export` writes:

    import json, torch
    from emolens_model import EmoLensNet
    meta = json.load(open("fold-03.pt.json"))          # written next to the .pt
    net = EmoLensNet.from_metadata(meta)
    net.load_state_dict(torch.load("fold-03.pt"))      # strict: every name and shape must match
    net.eval()
    x = torch.from_numpy(features)                     # [batch, 400, 200], `emolens-cli features --out`
    logits, top_down, bottom_up = net(x.unsqueeze(1))  # probabilities: logits.softmax(1)

and `emolens-cli import` reads back `torch.save(dict(net.state_dict()), path)` (keep the .json;
the dict() matters: LibTorch 1.13 cannot unpickle the OrderedDict that state_dict() returns).
Layer names and order match core/src/model/Network.cpp exactly.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class EmoLensNet(nn.Module):
    def __init__(self, num_classes=4, conv1a=(10, 2), conv1b=(2, 8), conv1_channels=8,
                 channels=(32, 48, 64, 80), pooling="attention"):
        super().__init__()
        self.conv1a_kernel, self.conv1b_kernel, self.pooling = tuple(conv1a), tuple(conv1b), pooling
        self.conv1a = nn.Conv2d(1, conv1_channels, self.conv1a_kernel)
        self.conv1b = nn.Conv2d(1, conv1_channels, self.conv1b_kernel)
        self.bn1a = nn.BatchNorm2d(conv1_channels)
        self.bn1b = nn.BatchNorm2d(conv1_channels)
        self.convs, self.bns = nn.ModuleList(), nn.ModuleList()
        width = 2 * conv1_channels
        for out in channels:
            self.convs.append(nn.Conv2d(width, out, 3, padding=1))
            self.bns.append(nn.BatchNorm2d(out))
            width = out
        self.topDown = nn.Conv2d(width, num_classes, 1)
        if pooling == "attention":
            self.bottomUp = nn.Conv2d(width, 1, 1)

    @classmethod
    def from_metadata(cls, meta):
        m = meta["model"]
        return cls(m["numClasses"], (m["conv1aHeight"], m["conv1aWidth"]), (m["conv1bHeight"], m["conv1bWidth"]),
                   m["conv1Channels"], m["channels"], m["pooling"])

    @staticmethod
    def _branch(x, conv, bn, kernel):
        # Zero padding so every kernel gives (H-1) x (W-1): 10x2 -> (4,0), 2x8 -> (0,3).
        ph, pw = kernel[0] - 2, kernel[1] - 2
        x = F.pad(x, (pw // 2, pw - pw // 2, ph // 2, ph - ph // 2))
        return F.relu(bn(conv(x)))

    def forward(self, x):
        """x: [batch, 1, 400, 200]. Returns logits [B, C], class maps T [B, C, 99, 49]
        and softmax(B) [B, 99, 49] (None unless attention pooling)."""
        x = torch.cat([self._branch(x, self.conv1a, self.bn1a, self.conv1a_kernel),
                       self._branch(x, self.conv1b, self.bn1b, self.conv1b_kernel)], 1)
        for i, (conv, bn) in enumerate(zip(self.convs, self.bns)):
            x = F.relu(bn(conv(x)))
            if i < 2:
                x = F.max_pool2d(x, 2)
        t = self.topDown(x)
        flat = t.flatten(2)
        if self.pooling == "attention":
            w = torch.softmax(self.bottomUp(x).flatten(1), 1)
            return (flat * w.unsqueeze(1)).sum(2), t, w.view(x.size(0), x.size(2), x.size(3))
        if self.pooling == "average":
            return flat.mean(2), t, None
        return flat.max(2).values, t, None
