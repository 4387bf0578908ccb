package org.apphostftp.site.command;

import org.apache.ftpserver.command.CommandFactory;
import org.apache.ftpserver.command.CommandFactoryFactory;
import org.apache.ftpserver.command.impl.CDUP;
import org.apphostftp.site.FtpEngine;

/** MINA's command set with ours where IIS behaviour, our namespace, zero-copy transfers or sessions need them. */
public final class SiteCommands {

    private SiteCommands() {
    }

    /** The threads of a host with this command table: the host starts FTP without naming a MINA type. */
    public static FtpEngine engine() {
        return new FtpEngine(SiteCommands::create);
    }

    public static CommandFactory create() {
        CommandFactoryFactory f = new CommandFactoryFactory();
        f.addCommand("USER", new UserCommand());
        f.addCommand("PASS", new PassCommand());
        f.addCommand("AUTH", new AuthCommand());
        f.addCommand("FEAT", new FeatCommand());
        f.addCommand("SYST", new SystCommand());
        f.addCommand("PASV", new PasvCommand());
        f.addCommand("PORT", new ActiveCommand(false));
        f.addCommand("EPRT", new ActiveCommand(true));
        f.addCommand("REST", new RestCommand());
        f.addCommand("RETR", new RetrCommand());
        f.addCommand("STOR", new StoreCommand(StoreCommand.Kind.STOR));
        f.addCommand("APPE", new StoreCommand(StoreCommand.Kind.APPE));
        f.addCommand("STOU", new StoreCommand(StoreCommand.Kind.STOU));
        f.addCommand("LIST", new ListCommand(ListCommand.Kind.LIST));
        f.addCommand("NLST", new ListCommand(ListCommand.Kind.NLST));
        f.addCommand("MLSD", new ListCommand(ListCommand.Kind.MLSD));
        f.addCommand("MLST", new MlstCommand());
        f.addCommand("DELE", new DeleCommand());
        f.addCommand("HELP", new HelpCommand());
        f.addCommand("STAT", new StatCommand());
        f.addCommand("QUIT", new QuitCommand());
        f.addCommand("ALLO", new AlloCommand());
        f.addCommand("MODE", new ModeCommand());
        f.addCommand("CUP", new CDUP()); // XCUP arrives as CUP: MINA strips the leading X
        f.addCommand("SITE", new RefusedCommand());
        f.addCommand("REIN", new RefusedCommand());
        return f.createCommandFactory();
    }
}
